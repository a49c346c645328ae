package uk.gov.devon.rpassistant.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the insights page, and nothing else: the bot's endpoint is left to the Bot Framework's own
 * authentication. Entra ID (OpenID Connect) when configured, limited to members of one group; otherwise a local
 * account when configured; otherwise {@code /admin} is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(AdminProperties.class)
class AdminSecurity {

    static final String ROLE = "CONTENT_OWNER";
    private static final Logger log = LoggerFactory.getLogger(AdminSecurity.class);

    /** The bot's endpoint and everything outside /admin: no sessions, no CSRF, no sign-in. */
    @Bean
    @Order(2)
    SecurityFilterChain openChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminChain(HttpSecurity http, AdminProperties properties, Environment environment)
            throws Exception {
        boolean localAllowed = !environment.acceptsProfiles(Profiles.of("production"));
        http.securityMatcher("/admin", "/admin/**", "/login", "/logout", "/oauth2/**", "/login/oauth2/**")
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "frame-ancestors 'none'; form-action 'self' " + properties.entra()
                                .authorityOrDefault())));
        if (properties.entra().configured()) {
            log.info("Insights page: sign-in with Microsoft Entra ID, members of group {} only",
                    properties.entra().groupId());
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers("/admin", "/admin/**").hasRole(ROLE).anyRequest().permitAll())
                    .oauth2Login(login -> login
                            .clientRegistrationRepository(new InMemoryClientRegistrationRepository(
                                    registration(properties.entra())))
                            .userInfoEndpoint(info -> info.oidcUserService(groupMembers(properties.entra().groupId())))
                            .defaultSuccessUrl("/admin", true));
        } else if (properties.local().configured() && localAllowed) {
            log.info("Insights page: sign-in with the local account '{}'", properties.local().username());
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers("/admin", "/admin/**").hasRole(ROLE).anyRequest().permitAll())
                    .formLogin(login -> login.defaultSuccessUrl("/admin", true));
        } else {
            log.info(properties.local().configured()
                    ? "Insights page: off (the production profile needs Entra ID sign-in; a local account is ignored)"
                    : "Insights page: off (no sign-in configured, so /admin is refused; see the README)");
            http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll());
        }
        return http.logout(logout -> logout.logoutSuccessUrl("/login?logout")).build();
    }

    /** The local account, when configured; its password is hashed as soon as it is read. */
    @Bean
    UserDetailsService localAccount(AdminProperties properties, Environment environment) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        if (!properties.local().configured() || properties.entra().configured()
                || environment.acceptsProfiles(Profiles.of("production"))) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(properties.local().username())
                .password(encoder.encode(properties.local().password())).roles(ROLE).build());
    }

    static ClientRegistration registration(AdminProperties.Entra entra) {
        String tenant = entra.authorityOrDefault() + "/" + entra.tenantId();
        return ClientRegistration.withRegistrationId("entra")
                .clientName("Microsoft Entra ID")
                .clientId(entra.clientId())
                .clientSecret(entra.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(tenant + "/oauth2/v2.0/authorize")
                .tokenUri(tenant + "/oauth2/v2.0/token")
                .jwkSetUri(tenant + "/discovery/v2.0/keys")
                .issuerUri(tenant + "/v2.0")
                .userNameAttributeName("sub")
                .build();
    }

    /** Signed-in people get the content owners' role only if the token's {@code groups} claim names the group. */
    static OAuth2UserService<OidcUserRequest, OidcUser> groupMembers(String groupId) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            List<String> groups = user.getIdToken().getClaimAsStringList("groups");
            Set<org.springframework.security.core.GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
            if (groups != null && groups.contains(groupId)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE));
            }
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
        };
    }
}
