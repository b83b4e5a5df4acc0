package cn.aiigd.pool.supplier;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The supplier feature's mappers; only this package's services use them. */
final class Mappers {

    private Mappers() {
    }

    @Mapper
    interface SupplierMapper extends BaseMapper<Supplier> {
    }

    @Mapper
    interface SupplierCaseMapper extends BaseMapper<SupplierCase> {
    }

    @Mapper
    interface SupplierFileMapper extends BaseMapper<SupplierFile> {
    }

    @Mapper
    interface SupplierHistoryMapper extends BaseMapper<SupplierHistoryEntry> {

        /** A basic-review decision with the due date its submission set, and where the supplier is registered. */
        record Decision(java.time.LocalDateTime decidedAt, java.time.LocalDate dueOn, String regCityCode) {
        }

        @Select("""
                SELECT d.at AS decided_at,
                       (SELECT s.due_on FROM supplier_history s WHERE s.supplier_id = d.supplier_id AND s.to_status = 'PENDING_REVIEW'
                         AND s.id < d.id ORDER BY s.id DESC LIMIT 1) AS due_on,
                       sup.reg_city_code
                FROM supplier_history d JOIN supplier sup ON sup.id = d.supplier_id
                WHERE d.from_status = 'PENDING_REVIEW' AND d.to_status IN ('APPROVED', 'RETURNED', 'REJECTED')
                """)
        java.util.List<Decision> decisions();
    }

    @Mapper
    interface SupplierIndustryMapper {

        @Select("SELECT industry_code FROM supplier_industry WHERE supplier_id = #{supplierId} ORDER BY industry_code")
        List<String> codes(@Param("supplierId") long supplierId);

        @Insert("INSERT INTO supplier_industry (supplier_id, industry_code) VALUES (#{supplierId}, #{code})")
        void add(@Param("supplierId") long supplierId, @Param("code") String code);

        @Delete("DELETE FROM supplier_industry WHERE supplier_id = #{supplierId}")
        void clear(@Param("supplierId") long supplierId);
    }

    @Mapper
    interface SupplierBindingMapper {

        @Insert("INSERT INTO supplier_binding (supplier_id, openid, role, bound_at) VALUES (#{supplierId}, #{openid}, #{role}, #{at})")
        void bind(@Param("supplierId") long supplierId, @Param("openid") String openid, @Param("role") String role,
                  @Param("at") java.time.LocalDateTime at);

        @Select("SELECT COUNT(*) > 0 FROM supplier_binding WHERE supplier_id = #{supplierId} AND openid = #{openid}")
        boolean isBound(@Param("supplierId") long supplierId, @Param("openid") String openid);

        @Select("SELECT supplier_id FROM supplier_binding WHERE openid = #{openid} ORDER BY supplier_id")
        List<Long> supplierIds(@Param("openid") String openid);

        @org.apache.ibatis.annotations.Delete("DELETE FROM supplier_binding WHERE supplier_id = #{supplierId} AND openid = #{openid}")
        int unbind(@Param("supplierId") long supplierId, @Param("openid") String openid);

        @Select("SELECT openid FROM supplier_binding WHERE supplier_id = #{supplierId} ORDER BY bound_at")
        List<String> openids(@Param("supplierId") long supplierId);
    }
}
