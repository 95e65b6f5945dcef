package org.uclg.carta.kit.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final Languages languages;

    WebConfig(Languages languages) {
        this.languages = languages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PathLocaleResolver(languages);
    }

    /** A {lang} path variable that is not a working language is an unknown page. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NulGuard());
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                @SuppressWarnings("unchecked")
                Map<String, String> vars =
                        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                if (vars != null && vars.containsKey("lang") && !languages.supports(vars.get("lang"))) {
                    throw new NotFoundException();
                }
                return true;
            }
        });
    }
}
