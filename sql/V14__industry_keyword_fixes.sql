-- GB/T 4754-2011 puts bean curd under 1392 豆制品制造, in division 13 (农副食品加工业), with 豆制品 and
-- 豆干 already; V5 had it under 14.
UPDATE industry_keyword SET industry_code = '13' WHERE keyword = '豆腐';
