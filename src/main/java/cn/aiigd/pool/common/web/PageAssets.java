package cn.aiigd.pool.common.web;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;

/**
 * How browsers cache a page set's files (the applicant pages, the console, the modules they share).
 * Vendored files carry their version in the name, so they are kept for a year without asking again.
 * Our own modules keep their names across releases, so the browser revalidates them each time (a cheap
 * 304 by Last-Modified): a release never leaves a page with a mix of old and new modules.
 */
public final class PageAssets {

    private PageAssets() {
    }

    /** Serves {@code base/**} from {@code classpath:/static/base/}, its {@code vendor/} files kept for a year if it has them. */
    public static void serve(ResourceHandlerRegistry registry, String base, boolean vendored) {
        String dir = "classpath:/static" + base + "/";
        if (vendored) {
            registry.addResourceHandler(base + "/vendor/**")
                    .addResourceLocations(dir + "vendor/")
                    .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
        }
        registry.addResourceHandler(base + "/**")
                .addResourceLocations(dir)
                .setCacheControl(CacheControl.noCache());
    }
}
