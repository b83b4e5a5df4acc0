package cn.aiigd.pool.sandbox;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /sandbox/} is the page; its scripts and styles are served beside it (SandboxConfiguration). */
@Hidden
@RestController
@SandboxOnly
class SandboxPage {

    @GetMapping("/sandbox")
    ResponseEntity<Void> slash() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/sandbox/")).build();
    }

    @GetMapping("/sandbox/")
    ResponseEntity<String> page() throws IOException {
        String html = new String(new ClassPathResource("sandbox-ui/index.html").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
