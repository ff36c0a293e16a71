package fr.entente.web.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description, served at /v3/api-docs and shown by Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenAPI ententeApi() {
        return new OpenAPI()
                .info(new Info().title("Entente API").version("1")
                        .description("""
                                The collaboration hub of the cooperations of Centres de Gestion. JSON in and out.

                                **Sign in** with `POST /connexion` (form fields `username`, `password`;
                                header `Accept: application/json`): the `JSESSIONID` cookie then authenticates.
                                **CSRF**: every POST, PUT and DELETE carries the `X-XSRF-TOKEN` header, copied from
                                the `XSRF-TOKEN` cookie (or from `GET /api/csrf`). Swagger UI does this by itself.

                                **Errors** are RFC 7807 problem details (`application/problem+json`) with a French
                                `detail`, a stable `code`, the `field` at fault and, for invalid fields, `errors`:
                                400 unreadable JSON or unknown field, 401 not signed in, 403 a role is missing,
                                404 unknown or not visible (a cooperation one does not belong to is never
                                distinguished from one that does not exist), 409 duplicate or concurrent change,
                                413 body over 64 KB, 422 invalid values. A refused request changes nothing.
                                A meeting of a body one does not sit in is answered as one that does not exist
                                (404 `meeting.not-found`).

                                **Consistency**: a write answers once its event is in the log; reads come from
                                projections and are eventually consistent (usually within milliseconds).
                                """))
                .components(new Components().addSecuritySchemes("session",
                        new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                                            .name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
