package cn.aiigd.pool.h5;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.common.validation.CreditCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages check the credit code before asking the server (static/h5/app/creditcode.js). Both must
 * answer alike, word for word, or an applicant would see one message in the page and another from the
 * server. Runs the page's module under Node.js, which the build machines have; skipped where it is missing.
 */
class CreditCodeJsPortTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @TempDir
    Path dir;

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> samples() {
        Random r = new Random(20210201);
        List<String> codes = new ArrayList<>(List.of("", " ", "91310110666007217T", "91310110666007217t",
                "9131011066600721", "91310110666007217T0", "91310110666O07217T", "9131011066600721ZT", "９1310110666007217T",
                "91440101MA59XXXXX1", "914401017083300000", "中国企业统一社会信用代码十八位字符"));
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 17; k++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String valid = sb.append(CreditCode.checkCharacter(sb.toString())).toString();
            codes.add(valid);
            // One character off: a typo the check character must catch.
            int at = r.nextInt(18);
            char other = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
            codes.add(valid.substring(0, at) + other + valid.substring(at + 1));
            codes.add(valid.substring(0, at) + "IOSVZabc".charAt(r.nextInt(8)) + valid.substring(at + 1));
        }
        return codes;
    }

    @Test
    void thePagesCheckAnswersExactlyAsTheServersDoes() throws Exception {
        // Not skipped when Node is missing: a check that silently does not run is no check (.ci/run installs it).
        org.assertj.core.api.Assertions.assertThat(nodeAvailable()).as("Node.js is needed to run the page's credit-code check: apt-get install nodejs")
                .isTrue();
        Files.copy(Path.of("src/main/resources/static/h5/app/creditcode.js"), dir.resolve("creditcode.mjs"));
        List<String> codes = samples();
        Files.write(dir.resolve("codes.txt"), codes, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("run.mjs"), """
                import { readFileSync } from 'node:fs';
                import { creditCodeProblem } from './creditcode.mjs';
                const lines = readFileSync(new URL('./codes.txt', import.meta.url), 'utf8').split('\\n');
                lines.pop();
                process.stdout.write(lines.map((c) => creditCodeProblem(c) ?? 'VALID').join('\\n') + '\\n');
                """);
        Process p = new ProcessBuilder("node", dir.resolve("run.mjs").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> js = List.of(out.split("\n", -1)).subList(0, codes.size());
        for (int i = 0; i < codes.size(); i++) {
            String java = CreditCode.problem(codes.get(i));
            assertThat(js.get(i)).as("code «" + codes.get(i) + "»").isEqualTo(java == null ? "VALID" : java);
        }
        assertThat(js).contains("VALID").contains("统一社会信用代码校验位不正确，请核对营业执照");
    }
}
