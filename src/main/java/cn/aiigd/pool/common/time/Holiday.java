package cn.aiigd.pool.common.time;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;

/** A day that breaks the Monday–Friday rule: a public holiday (OFF) or a 调休 makeup working day (WORK). */
@TableName("holiday")
public class Holiday {

    public enum Kind { OFF, WORK }

    @TableId(type = IdType.INPUT)
    private LocalDate day;
    private Kind kind;
    private String name;

    public Holiday() {
    }

    public Holiday(LocalDate day, Kind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
