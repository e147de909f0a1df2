package org.quanze.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.quanze.load.FirstLoad;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Chinese first, English on request: {@code ?lang=en} switches and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** The routes of the SPARQL protocol, the RDF views and the dumps: answered for programs, not as pages. */
    static final List<String> PROTOCOL_ROUTES = List.of("/sparql", "/data", "/dumps/**", "/.well-known/**");

    private final FirstLoad firstLoad;

    WebConfiguration(FirstLoad firstLoad) {
        this.firstLoad = firstLoad;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("quanze-lang");
        resolver.setDefaultLocale(CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // Not on the protocol routes: reading ?lang there would consume a POSTed form before it is passed on.
        registry.addInterceptor(change).excludePathPatterns(PROTOCOL_ROUTES);
        // The administration stays open (its writes wait for the load's own); the static files hold no data.
        registry.addInterceptor(new FirstLoadGate(firstLoad))
                .excludePathPatterns("/admin/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error");
    }
}
