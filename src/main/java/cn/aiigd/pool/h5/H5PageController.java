package cn.aiigd.pool.h5;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The applicant's pages are one HTML shell whose script routes by the address (History API). A deep
 * link such as a template message's {@code /h5/filings/12}, or a reload after navigating, must
 * therefore get the shell too: every {@code /h5} path without a file extension is forwarded to it.
 * Paths with an extension are assets and stay with the resource handler (404 when missing).
 */
@Hidden
@Controller
class H5PageController {

    static final String SHELL = "/h5/index.html";

    @GetMapping({"/h5", "/h5/", "/h5/{a:[^.]+}", "/h5/{a:[^.]+}/{b:[^.]+}", "/h5/{a:[^.]+}/{b:[^.]+}/{c:[^.]+}",
            "/h5/{a:[^.]+}/{b:[^.]+}/{c:[^.]+}/{d:[^.]+}"})
    String page() {
        return "forward:" + SHELL;
    }
}
