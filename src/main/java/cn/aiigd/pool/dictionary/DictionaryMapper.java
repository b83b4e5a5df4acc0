package cn.aiigd.pool.dictionary;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface DictionaryMapper {

    @Select("SELECT code, name, short_name FROM province ORDER BY sort_order")
    List<Entries.Province> provinces();

    @Select("SELECT code, name FROM city ORDER BY code")
    List<Entries.City> cities();

    @Select("SELECT code, name FROM industry ORDER BY code")
    List<Entries.Industry> industries();

    @Select("SELECT code, name FROM capability_category ORDER BY sort_order")
    List<Entries.Category> categories();

    @Select("SELECT code, name FROM tech_direction ORDER BY sort_order")
    List<Entries.Direction> directions();
}
