package cn.aiigd.pool.dictionary;

import cn.aiigd.pool.dictionary.Entries.Category;
import cn.aiigd.pool.dictionary.Entries.City;
import cn.aiigd.pool.dictionary.Entries.Direction;
import cn.aiigd.pool.dictionary.Entries.Industry;
import cn.aiigd.pool.dictionary.Entries.Province;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/dictionaries")
@Tag(name = "公共字典", description = "地市、省份、行业、申报类别与新技术方向")
class DictionaryController {

    private final Dictionaries dictionaries;

    DictionaryController(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** Everything a registration form needs in one round trip. */
    record AllDictionaries(List<Province> provinces, List<City> cities, List<Industry> industries,
                           List<Category> categories, List<Direction> directions) {
    }

    @GetMapping
    @Operation(summary = "全部字典", description = "industries 末尾附加 {code: ALL, name: 全行业}，与具体行业互斥。")
    AllDictionaries all() {
        List<Industry> industries = new ArrayList<>(dictionaries.industries());
        industries.add(new Industry(Dictionaries.ALL_INDUSTRIES, Dictionaries.ALL_INDUSTRIES_NAME));
        return new AllDictionaries(dictionaries.provinces(), dictionaries.cities(), industries,
                dictionaries.categories(), dictionaries.directions());
    }

    @GetMapping("/cities")
    @Operation(summary = "广东省 21 个地级以上市")
    List<City> cities() {
        return dictionaries.cities();
    }

    @GetMapping("/industries")
    @Operation(summary = "GB/T 4754-2011 制造业大类（13–43）")
    List<Industry> industries() {
        return dictionaries.industries();
    }
}
