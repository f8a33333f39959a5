package org.lurewatch.access.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The staff console's files (web-static/staff/, served by the app: nginx forwards /staff to it).
 * Unlike the public site's files they are never kept by a browser or proxy: a console page left in
 * a shared computer's cache tells the next user who works there and what they opened. The public
 * site keeps its short public max-age ({@code spring.web.resources.cache}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StaffConsolePages implements WebMvcConfigurer {

    static final String FILES = "classpath:/static/staff/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/staff/**").addResourceLocations(FILES).setCacheControl(CacheControl.noStore());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/staff", "/staff/");
        registry.addViewController("/staff/").setViewName("forward:/staff/index.html");
    }
}
