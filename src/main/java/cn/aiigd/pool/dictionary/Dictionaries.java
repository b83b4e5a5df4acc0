package cn.aiigd.pool.dictionary;

import cn.aiigd.pool.dictionary.Entries.Category;
import cn.aiigd.pool.dictionary.Entries.City;
import cn.aiigd.pool.dictionary.Entries.Direction;
import cn.aiigd.pool.dictionary.Entries.Industry;
import cn.aiigd.pool.dictionary.Entries.Province;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The reference lists seeded from the notice. Tiny tables, read per call: staff can extend them
 * (a new year's directions) and every node sees it without a restart.
 */
@Service
public class Dictionaries {

    public static final String GUANGDONG = "440000";
    /** The pseudo-industry for suppliers that serve every manufacturing industry. */
    public static final String ALL_INDUSTRIES = "ALL";
    public static final String ALL_INDUSTRIES_NAME = "全行业";

    private final DictionaryMapper mapper;

    public Dictionaries(DictionaryMapper mapper) {
        this.mapper = mapper;
    }

    public List<Province> provinces() {
        return mapper.provinces();
    }

    public List<City> cities() {
        return mapper.cities();
    }

    public List<Industry> industries() {
        return mapper.industries();
    }

    public List<Category> categories() {
        return mapper.categories();
    }

    public List<Direction> directions() {
        return mapper.directions();
    }

    public Optional<Province> province(String code) {
        return provinces().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<City> city(String code) {
        return cities().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean isIndustry(String code) {
        return industries().stream().anyMatch(i -> i.code().equals(code));
    }

    /** Finds a city by code or by name, with or without the 市 suffix ("广州" / "广州市"). */
    public Optional<City> cityByNameOrCode(String text) {
        String t = text.trim();
        return cities().stream()
                .filter(c -> c.code().equals(t) || c.name().equals(t) || c.name().equals(t + "市"))
                .findFirst();
    }

    /** Finds a province by code, full name or short name ("香港", "香港特别行政区", "810000"). */
    public Optional<Province> provinceByNameOrCode(String text) {
        String t = text.trim();
        return provinces().stream()
                .filter(p -> p.code().equals(t) || p.name().equals(t) || p.shortName().equals(t))
                .findFirst();
    }
}
