package org.quanze.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Reads the components of Quanze's own records ({@code ${hit.place.listTitle}}) for the templates' expressions, and
 * nothing else. Why: Spring 6.2's SpEL never reuses the reflective accessor it finds for a property — it keeps it only
 * if the context lists it, which it never does (spring-framework#36987, fixed in 7.1) — so every read of a property
 * looked its accessor up again, through Thymeleaf's access-control accessor first: a third of the search page's CPU
 * at 100×. An accessor the context lists is kept by each expression once found; this one is put in each page's context
 * by {@link RecordAccessDialect}. It only reads records of {@code org.quanze}, plain data, which Thymeleaf's
 * restrictions (on JDK and framework types) never forbid; what they hold is read by the other accessors.
 */
final class RecordComponents implements PropertyAccessor {

    static final RecordComponents INSTANCE = new RecordComponents();

    /** A component: its accessor, and its declared type (narrowed to each value read, as Spring's accessor does). */
    private record Component(MethodHandle accessor, TypeDescriptor type) {
    }

    private static final ClassValue<Map<String, Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Component> computeValue(Class<?> type) {
            if (!type.isRecord() || !type.getName().startsWith("org.quanze.")) {
                return Map.of();
            }
            Map<String, Component> components = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                // The records are package-private: their accessors are public methods of classes this one cannot see.
                accessor.setAccessible(true);
                try {
                    components.put(c.getName(), new Component(MethodHandles.lookup().unreflect(accessor),
                            new TypeDescriptor(new MethodParameter(accessor, -1))));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("the accessor of " + type.getName() + "." + c.getName(), e);
                }
            }
            return Map.copyOf(components);
        }
    };

    private RecordComponents() {
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return null;
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) {
        return target != null && COMPONENTS.get(target.getClass()).containsKey(name);
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        Component component = target == null ? null : COMPONENTS.get(target.getClass()).get(name);
        if (component == null) {
            // An expression kept this accessor for another object: SpEL looks for one anew.
            throw new AccessException("no component " + name + " of "
                    + (target == null ? "null" : target.getClass().getName()));
        }
        Object value;
        try {
            value = component.accessor().invoke(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // A record's accessor declares no checked exception: unreachable but for the handle's signature.
            throw new IllegalStateException("reading " + name + " of " + target.getClass().getName(), e);
        }
        return new TypedValue(value, component.type().narrow(value));
    }

    @Override
    public boolean canWrite(EvaluationContext context, Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
        throw new AccessException("the pages' records are read only");
    }
}
