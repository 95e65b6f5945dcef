package org.uclg.carta.kit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The heading of the OpenAPI description served at /api/docs as JSON and at /api/docs/ui.html as a readable page
 * (its paths come from the controllers).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static final String TOKEN = "token";

    @Bean
    OpenAPI cartaApi(@Value("${carta.base-url}") String baseUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("Carta API")
                        .version("v1")
                        .description("Open data of the human rights cities platform: rights frameworks, the network "
                                + "directory, the Resource Space and charter follow-up. This description as JSON: "
                                + "[/api/docs](/api/docs). Lists answer {total, page, size, items}; errors "
                                + "are application/problem+json (RFC 9457); translatable fields are objects keyed by "
                                + "language (fr, en, es). Reading is open; writing needs a personal API token, sent "
                                + "as `Authorization: Bearer <token>`.")
                        .license(new License().name("CC BY 4.0 for the content")))
                .addServersItem(new io.swagger.v3.oas.models.servers.Server().url(baseUrl))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token, created on your profile page.")));
    }

    /** Every write operation needs a token; reading is open. */
    @Bean
    OpenApiCustomizer writesNeedAToken() {
        return api -> api.getPaths().values().forEach(item -> item.readOperationsMap()
                .forEach((method, op) -> {
                    if (method != PathItem.HttpMethod.GET) {
                        op.addSecurityItem(new SecurityRequirement().addList(TOKEN));
                    }
                }));
    }
}
