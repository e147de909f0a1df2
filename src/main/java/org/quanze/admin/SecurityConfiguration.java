package org.quanze.admin;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what: everyone may read (pages, SPARQL, dumps, health); only the configured
 * administrator may change anything, through /admin. Without configured credentials there is no
 * /admin at all (its controllers are not even created: 404). Pages get a Content-Security-Policy that allows only the app's own scripts.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain security(HttpSecurity http, AdminProperties admin) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(EndpointRequest.to("health", "info")).permitAll();
            auth.requestMatchers(EndpointRequest.toAnyEndpoint()).denyAll();
            if (admin.configured()) {
                auth.requestMatchers("/admin/**").hasRole(ADMIN);
            }
            auth.anyRequest().permitAll();
        });
        if (admin.configured()) {
            http.httpBasic(Customizer.withDefaults());
        } else {
            http.httpBasic(basic -> basic.disable());
        }
        // Only the admin area has forms that change things; the public routes are read-only, and
        // /sparql takes POSTed queries from any origin (CORS) by the SPARQL protocol. The admin API is
        // for scripts (no token), but a browser holding the admin's Basic credentials would send them
        // with a form posted from another site too: a request the browser marks as cross-site (Fetch
        // Metadata) must carry the token, and so is refused.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> !request.getRequestURI().startsWith(
                request.getContextPath() + "/admin") || request.getRequestURI().startsWith(request.getContextPath() + "/admin/api/")
                && !fromAnotherSite(request.getHeader("Sec-Fetch-Site"))));
        // Cache-Control is set by the answer cache (org.quanze.cache): validators bound to the store's
        // generation on public answers, no-store on the administration.
        http.headers(headers -> headers
                .cacheControl(cache -> cache.disable())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.sessionManagement(Customizer.withDefaults());
        return http.build();
    }

    /** A browser request started by a page of another origin ({@code same-origin} and {@code none} are the admin's own). */
    static boolean fromAnotherSite(String secFetchSite) {
        return secFetchSite != null && !secFetchSite.equals("same-origin") && !secFetchSite.equals("none");
    }

    @Bean
    UserDetailsService users(AdminProperties admin, PasswordEncoder encoder) {
        if (!admin.configured()) {
            return new InMemoryUserDetailsManager();
        }
        String password = admin.password().startsWith("{") ? admin.password() : encoder.encode(admin.password());
        return new InMemoryUserDetailsManager(User.withUsername(admin.username()).password(password).roles(ADMIN).build());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
