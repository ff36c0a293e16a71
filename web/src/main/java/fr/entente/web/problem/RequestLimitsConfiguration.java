package fr.entente.web.problem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.util.List;

/**
 * The request body limit, applied before every other filter, security included; and {@code /error} asked for
 * directly, answered as an unknown address (only for requests, so that the container's forwards still reach it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
public class RequestLimitsConfiguration {

    @Bean
    public FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimits limits,
                                                                                 ProblemWriter problems,
                                                                                 List<LargerBodies> largerBodies) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(limits.maxRequestBodyBytes(), problems, largerBodies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<DirectErrorRequestsFilter> directErrorRequestsFilter(ProblemWriter problems) {
        FilterRegistrationBean<DirectErrorRequestsFilter> registration =
                new FilterRegistrationBean<>(new DirectErrorRequestsFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST);
        return registration;
    }
}
