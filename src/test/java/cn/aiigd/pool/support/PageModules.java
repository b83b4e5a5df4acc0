package cn.aiigd.pool.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The browser modules a page set loads: its entry module and everything it imports, relative or absolute. */
public final class PageModules {

    private static final Pattern IMPORT = Pattern.compile("(?:from|import)\\s+'((?:\\.{1,2})?/[^']+\\.js)'");

    /** How a test fetches a path from the running server. */
    public interface Fetch {
        HttpResponse<String> get(String path) throws IOException, InterruptedException;
    }

    private PageModules() {
    }

    /** Every module reachable from {@code entry}, in the order found; each is handed to {@code check} with its response. */
    public static Set<String> crawl(String entry, Fetch fetch, BiConsumer<String, HttpResponse<String>> check)
            throws IOException, InterruptedException {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(entry);
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> r = fetch.get(path);
            check.accept(path, r);
            Matcher m = IMPORT.matcher(r.body());
            while (m.find()) {
                todo.add(URI.create("http://x" + path).resolve(m.group(1)).getPath());
            }
        }
        return seen;
    }
}
