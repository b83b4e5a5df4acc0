-- The policy knowledge base: one entry per fact of the 2021 notice, several phrasings each.
-- Answers quote the notice; staff edit entries through the API. Entries whose key starts with
-- 'dynamic.' are answered from the batch table and the clock; their answer column is unused.

CREATE TABLE policy_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic_key       VARCHAR(64)   NOT NULL,
    title           VARCHAR(64)   NOT NULL,
    answer          VARCHAR(600)  NOT NULL,
    source_section  VARCHAR(64)   NOT NULL,
    enabled         TINYINT(1)    NOT NULL DEFAULT 1,
    version         INT           NOT NULL DEFAULT 0,
    updated_by      VARCHAR(64)   NULL,
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT uk_policy_topic UNIQUE (topic_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE policy_question (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id  BIGINT        NOT NULL,
    text      VARCHAR(200)  NOT NULL,
    INDEX ix_pq_entry (entry_id),
    CONSTRAINT fk_pq_entry FOREIGN KEY (entry_id) REFERENCES policy_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What companies make, mapped to GB/T 4754-2011 manufacturing major categories.
CREATE TABLE industry_keyword (
    keyword        VARCHAR(32)  NOT NULL PRIMARY KEY,
    industry_code  CHAR(2)      NOT NULL,
    CONSTRAINT fk_ik_industry FOREIGN KEY (industry_code) REFERENCES industry (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('timing.batches', '申报时间（两批）', '2021年省资源池分两批申报：第一批申报材料填写时间为2021年2月1日至3月15日；第二批为2021年8月1日至9月15日。请在对应时间段内登录平台集中申报。', '一（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '申报时间是什么时候' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '什么时候可以申报' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '第一批什么时候截止' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '第二批几号截止' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '第二批什么时候开始' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报截止日期是哪天' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '今年分几批申报' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '第一批申报时间' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '第二批申报时间' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '最后一天是几号' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '报名什么时候开始什么时候结束' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, 'deadline是哪天' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '几月份可以报名' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '2021年资源池申报时间安排' FROM policy_entry WHERE topic_key = 'timing.batches';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('timing.legacy', '2020年已注册企业', '2020年1月1日至2021年1月31日期间已在“广东工业互联网应用服务平台”注册并提交申报的企业（单位），应根据2021年通知要求及时补充完善相关申报信息，并将被视为遵守通知有关承诺。如不同意，请及时撤回申请并主动告知工作人员。', '一（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '去年已经注册过还要重新报吗' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '2020年注册的企业怎么办' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '之前在平台提交过申报需要补充吗' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '以前报过的要不要再填' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '去年提交的申请还有效吗' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '不同意新的承诺怎么办' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么撤回之前的申请' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '已注册企业需要补充完善信息吗' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '2021年1月以前注册的' FROM policy_entry WHERE topic_key = 'timing.legacy';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('scope.who', '谁可以申报（面向范围）', '本次申报面向全国（含香港、澳门和台湾）优秀的工业互联网平台商、应用服务商（含工业软件服务商）、网络服务商和安全服务商。申报企业（单位）应在中华人民共和国境内依法注册，具有独立法人资格。广东省外注册的企业由广东省工业互联网产业联盟受托组织基本审核。', '一（二）、二（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '外省企业能报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '省外公司可以申报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '不是广东的企业能不能报' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '香港公司可以申请吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '澳门企业能参加吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '台湾企业能报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '港澳台企业可以申报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '面向哪些企业' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '哪些单位可以申报' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报范围是什么' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '全国的企业都能报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '软件公司可以报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '工业软件服务商能申报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '网络服务商安全服务商能报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '外资企业可以报吗' FROM policy_entry WHERE topic_key = 'scope.who';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('scope.legal', '独立法人资格', '申报企业（单位）应在中华人民共和国境内依法注册，具有独立法人资格，诚实守信。', '二（一）1', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '分公司能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要独立法人吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '子公司可以单独申报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '没有法人资格可以申报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '个体户能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '境外注册的公司能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '要在国内注册吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '法人资格有什么要求' FROM policy_entry WHERE topic_key = 'scope.legal';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('scope.members', '已入池企业无须再报', '已纳入省资源池的企业无须再次申报。资源池实行动态管理，如发生名称变更、股权结构或业务方向重大变更，请提交申请变更请示。', '一（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '已经在资源池里还要报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '去年入选了今年还要申报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '已入池企业需要重新申请吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '已经是资源池成员要不要再报' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '入库企业要不要重复申报' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '已纳入资源池的要续期吗' FROM policy_entry WHERE topic_key = 'scope.members';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('scope.subsidy', '与上云上平台奖补无关', '本次申报不涉及工业企业“上云上平台”财政资金事后奖补，相关企业服务能力审核及应用产品上架不纳入本次申报事项范围。', '一（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '入选有补贴吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '上云上平台补贴怎么申请' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有财政资金奖励' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报有奖补吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '入池后能拿到补助吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '和上云上平台奖补有关系吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '应用产品上架是这个吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务能力审核和上云上平台' FROM policy_entry WHERE topic_key = 'scope.subsidy';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.all', '申报基本条件', '申报企业应同时满足5个基本条件：1.在中华人民共和国境内依法注册，具有独立法人资格，诚实守信；2.业务覆盖范围或相关权限能够覆盖或管理广东省全境；3.具备在广东省内开展业务的技术和服务团队，能提供独立的第三方服务，省内有已实施完成的工业应用实践案例；4.具有自主知识产权和专利，产品和服务具备OT和IT深度融合特点；5.具备开放、合作、共享的理念。', '二（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '申报条件是什么' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要满足什么条件' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '基本条件有哪些' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报要求有哪些' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '什么样的企业符合条件' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '门槛是什么' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '资格要求' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要具备哪些条件才能申报' FROM policy_entry WHERE topic_key = 'conditions.all';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.coverage', '业务覆盖广东省全境', '申报企业（单位）业务覆盖范围或相关权限能够覆盖或管理广东省全境。', '二（一）2', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '业务只在深圳可以吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务范围有什么要求' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '要覆盖全省吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '只服务广州的企业能报吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务覆盖范围要求' FROM policy_entry WHERE topic_key = 'conditions.coverage';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.team', '广东省内团队与案例', '申报企业（单位）应具备保障其在广东省内开展业务所必要的技术和服务团队支持，能够为广东省工业企业的数字化、网络化、智能化升级提供独立的第三方服务，并在广东省内拥有一定数量且已实施完成的工业应用实践案例。', '二（一）3', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '需要在广东有团队吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '没有广东的案例能报吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '案例有什么要求' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '要有多少个案例' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '在广东没有分支机构可以吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务团队要求' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '省外案例可以吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要已经完成的项目案例吗' FROM policy_entry WHERE topic_key = 'conditions.team';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.ip', '知识产权与OT/IT融合', '申报企业（单位）须具有自主知识产权和专利，产品和服务具备OT和IT深度融合特点，产品技术先进、商业模式创新。', '二（一）4', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '需要专利吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '没有专利能报吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '知识产权有什么要求' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '软著算不算' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '什么是OT和IT深度融合' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '产品要有什么特点' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '技术要求是什么' FROM policy_entry WHERE topic_key = 'conditions.ip';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.open', '开放合作共享', '申报企业（单位）应具备开放、合作、共享的理念，共同促进广东省工业互联网产业生态健康有序发展。', '二（一）5', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '开放合作共享是什么要求' FROM policy_entry WHERE topic_key = 'conditions.open';
INSERT INTO policy_question (entry_id, text) SELECT id, '第五个条件是什么' FROM policy_entry WHERE topic_key = 'conditions.open';
INSERT INTO policy_question (entry_id, text) SELECT id, '理念方面有什么要求' FROM policy_entry WHERE topic_key = 'conditions.open';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('categories', '申报类别与数量', '申报类别包括工业互联网应用（含工业软件）、工业互联网平台、工业互联网网络、工业互联网安全四个类别。请根据实际情况重点选择其中一项（至多两项）进行填写，各方向申报要素详见附件一。', '二（二）、三（一）3', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '有哪些申报类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '可以报几个类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '能同时报两个方向吗' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '四个类别是什么' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '最多报几项' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '能不能报三个类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报方向有哪些' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '工业软件属于哪个类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '平台类和应用类可以都报吗' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '一家企业能报几个' FROM policy_entry WHERE topic_key = 'categories';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('directions', '新一代信息技术方向', '本次申报新增了5G+工业互联网、工业人工智能、工业大数据、工业机器视觉、工业边缘计算、工业互联网标识解析等新一代信息技术方向。各类方向申报要素详见附件一。', '二（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '新增了哪些方向' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '5G可以报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '人工智能方向' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有机器视觉' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '边缘计算能报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '标识解析属于哪个方向' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '大数据企业能报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '新技术方向有哪些' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, 'AI公司可以申报吗' FROM policy_entry WHERE topic_key = 'directions';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('register', '注册平台账号', '请登录“广东工业互联网应用服务平台”（网址：http://syspt.aiigd.cn/）进行用户注册，类型认证选择“供应商”，如实填写供应商认证基本信息，并上传相关资质证明材料，确认后提交。', '三（一）1', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '在哪里申报' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么注册' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报网址是什么' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '平台地址' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '在哪个网站报名' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '类型认证选什么' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '注册时选什么类型' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么上传资质材料' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报流程第一步是什么' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么申请' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '网上怎么报' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要上传什么材料' FROM policy_entry WHERE topic_key = 'register';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('review.basic', '供应商基本审核', '提交后进行供应商基本审核，一般审核时间不超过5个工作日。广东省内注册的企业由注册所在地工业和信息化主管部门审核；广东省外注册的企业由广东省工业和信息化厅委托广东省工业互联网产业联盟组织审核。基本审核通过后方可进行下一阶段申报。', '三（一）2', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '基本审核要多久' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核需要几天' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '谁来审核' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '省外企业由谁审核' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '深圳的企业谁审核' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核时间多长' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '提交后多久有结果' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '几个工作日审完' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '基本审核由哪个部门负责' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核一直没通过怎么办' FROM policy_entry WHERE topic_key = 'review.basic';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('submit.capability', '提交应用产品（服务能力）审核', '基本审核通过后，请根据《各申报方向要素条件》（附件一），再次登录“广东工业互联网应用服务平台”，在“能力”类别项填写并提交相应的应用产品（服务能力）审核。四个类别重点选择其中一项（至多两项）填写。', '三（一）3', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '基本审核通过后做什么' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核通过了下一步呢' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么提交产品' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务能力在哪里填' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '能力类别在哪' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '产品审核怎么提交' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '第二步是什么' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报要素看哪里' FROM policy_entry WHERE topic_key = 'submit.capability';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('review.stages', '组织评审流程', '广东省工业互联网产业联盟在广东省工业和信息化厅的监督下，组织工业互联网领域专家评审，依次开展“初步审核”和“集中答辩”，并随机开展“现场考察”。', '三（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '评审流程是怎样的' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '专家评审有哪些环节' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '要答辩吗' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '会现场考察吗' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '谁来评审' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '评审分几步' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '现场考察怎么安排' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '初审之后是什么' FROM policy_entry WHERE topic_key = 'review.stages';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('review.defense-notice', '答辩通知方式', '届时将通过电话或短信、邮件等方式提前通知进入现场答辩的企业（单位），请各申报企业联络员保持通讯方式畅通。', '三（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么通知答辩' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '答辩会提前通知吗' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么知道自己进入答辩' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '答辩通知怎么发' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '联络员要注意什么' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '会打电话通知吗' FROM policy_entry WHERE topic_key = 'review.defense-notice';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('review.failure-notice', '未通过不另行通知', '未通过的企业（单位）将恕不另行通知。', '三（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '没通过会通知吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '落选了会告诉我们吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '没收到通知是不是没过' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '没通过有没有通知' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核不通过会发短信吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('publish', '公示与发布', '广东省工业互联网产业联盟将根据专家初步审核、集中答辩、现场考察结果，将通过审核结果予以公示，如无异议将予以正式发布。', '三（三）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '结果什么时候公布' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '会公示吗' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '在哪里看结果' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '公示多久' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '入选名单怎么发布' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '有异议怎么办' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '什么时候正式发布' FROM policy_entry WHERE topic_key = 'publish';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('truthfulness', '信息真实与第三方隐私', '申报企业（单位）填写的信息应确保真实、客观、完整；如涉及第三方单位（企业）用户隐私信息的，应事先征得第三方单位（企业）同意。申报企业对所提交申报材料内容的真实性负责，因提供不当信息造成法律后果的须承担相应法律责任。', '四（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '案例涉及客户信息怎么办' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '可以写客户名字吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '填报信息有什么要求' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '材料不真实会怎样' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要客户同意吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '隐私信息怎么处理' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '虚假申报要负责吗' FROM policy_entry WHERE topic_key = 'truthfulness';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('dynamic', '动态管理', '省资源池实行动态管理机制，将按照企业（单位）发展情况进行动态调整、补充和淘汰，对于不合格的资源池企业（单位）予以淘汰。', '四（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '入选后是永久的吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '会被淘汰吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '资源池会调整吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有退出机制' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '动态管理是什么意思' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '不合格会怎样' FROM policy_entry WHERE topic_key = 'dynamic';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('support', '入选后的支持', '对入选省资源池的企业（单位），将在产业集群数字化转型、供需精准对接、标杆案例培育、典型案例宣传推介等方面予以重点支持。', '四（三）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '入选有什么好处' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '入池后有什么支持' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '能获得哪些支持' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '入选资源池有什么用' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '会帮忙宣传吗' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有对接机会' FROM policy_entry WHERE topic_key = 'support';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('change-request', '名称、股权或业务方向变更', '已纳入省资源池的单位发生名称变更、股权结构或业务方向重大变更的，应参照通知要求提交完整材料，并提交申请变更请示。', '四（四）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '公司改名了怎么办' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '股权变更要报备吗' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务方向变了需要处理吗' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '企业名称变更' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '变更怎么申请' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '被收购了要不要说' FROM policy_entry WHERE topic_key = 'change-request';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('industries', '服务行业怎么填', '请参照《国民经济行业分类与代码（GB4754-2011）——制造业》，选择最多不超过三个大类（如“家具制造业、橡胶和塑料制品业、汽车制造业”）作为主要擅长行业领域；擅长通用或跨行业领域的请填写“全行业”。在平台“供应商认证”栏目“产品和服务情况”下的“服务行业（领域）”模块填写。', '四（五）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '服务行业怎么填' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '能选几个行业' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '行业最多选几个' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '跨行业的怎么填' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '通用型的选什么' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务行业在哪里填' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '擅长行业领域怎么选' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '可以选全行业吗' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, 'GB4754怎么用' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '行业分类按什么标准' FROM policy_entry WHERE topic_key = 'industries';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('contacts', '联系方式', '如有疑问请联系：联盟小蜜，电话020-83256806。相关通知、公告请登录“广东工业互联网应用服务平台”（http://syspt.aiigd.cn/）或关注微信公众号“广东省工业互联网产业联盟”查询。', '四（六）、落款', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '联系电话是多少' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '有问题找谁' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '客服电话' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么联系工作人员' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '咨询电话' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '联系人是谁' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '人工客服' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '在哪里看通知公告' FROM policy_entry WHERE topic_key = 'contacts';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('organizer', '组织单位', '本次申报在广东省工业和信息化厅的指导下，由广东省工业互联网产业联盟授权组织开展。', '正文开头', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '谁组织的申报' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '主办单位是谁' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '哪个部门牵头' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '联盟和工信厅什么关系' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '这是官方的吗' FROM policy_entry WHERE topic_key = 'organizer';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('dynamic.now-open', '现在能否申报（按日期）', '', '一（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '现在能报吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '现在可以申报吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '今天还能报名吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '现在还来得及吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '目前在申报期吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '现在开放申报了吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('dynamic.days-left', '距截止还有几天（按日期）', '', '一（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '还有几天截止' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '离截止还有多少天' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '还剩几天' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '距离截止日期还有多久' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '还有多长时间可以报' FROM policy_entry WHERE topic_key = 'dynamic.days-left';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('dynamic.next-batch', '下一批什么时候（按日期）', '', '一（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '下一批什么时候' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '下批什么时候开始' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '错过了还有下一批吗' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '下一次申报是什么时候' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '后面还有批次吗' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';

INSERT INTO industry_keyword (keyword, industry_code) VALUES
    ('饲料', '13'),
    ('大米', '13'),
    ('面粉', '13'),
    ('食用油', '13'),
    ('榨油', '13'),
    ('屠宰', '13'),
    ('肉类加工', '13'),
    ('水产品加工', '13'),
    ('制糖', '13'),
    ('淀粉', '13'),
    ('蔬菜加工', '13'),
    ('碾米', '13'),
    ('食品', '14'),
    ('酱油', '14'),
    ('调味品', '14'),
    ('味精', '14'),
    ('糕点', '14'),
    ('面包', '14'),
    ('饼干', '14'),
    ('糖果', '14'),
    ('巧克力', '14'),
    ('方便面', '14'),
    ('乳制品', '14'),
    ('奶粉', '14'),
    ('罐头', '14'),
    ('冷冻食品', '14'),
    ('速冻', '14'),
    ('保健食品', '14'),
    ('月饼', '14'),
    ('白酒', '15'),
    ('啤酒', '15'),
    ('葡萄酒', '15'),
    ('黄酒', '15'),
    ('饮料', '15'),
    ('矿泉水', '15'),
    ('果汁', '15'),
    ('茶饮料', '15'),
    ('凉茶', '15'),
    ('茶叶加工', '15'),
    ('精制茶', '15'),
    ('烟草', '16'),
    ('卷烟', '16'),
    ('香烟', '16'),
    ('纺织', '17'),
    ('纱线', '17'),
    ('棉纺', '17'),
    ('毛纺', '17'),
    ('丝绸', '17'),
    ('印染', '17'),
    ('织布', '17'),
    ('无纺布', '17'),
    ('家纺', '17'),
    ('服装', '18'),
    ('服饰', '18'),
    ('衣服', '18'),
    ('制衣', '18'),
    ('内衣', '18'),
    ('童装', '18'),
    ('针织服装', '18'),
    ('帽子', '18'),
    ('领带', '18'),
    ('皮革', '19'),
    ('皮具', '19'),
    ('箱包', '19'),
    ('毛皮', '19'),
    ('羽绒', '19'),
    ('制鞋', '19'),
    ('鞋', '19'),
    ('鞋子', '19'),
    ('皮鞋', '19'),
    ('运动鞋', '19'),
    ('木材', '20'),
    ('人造板', '20'),
    ('胶合板', '20'),
    ('木地板', '20'),
    ('竹制品', '20'),
    ('藤制品', '20'),
    ('木制品', '20'),
    ('家具', '21'),
    ('沙发', '21'),
    ('床垫', '21'),
    ('橱柜', '21'),
    ('办公家具', '21'),
    ('红木家具', '21'),
    ('衣柜', '21'),
    ('造纸', '22'),
    ('纸浆', '22'),
    ('纸箱', '22'),
    ('纸盒', '22'),
    ('纸品', '22'),
    ('包装纸', '22'),
    ('生活用纸', '22'),
    ('纸巾', '22'),
    ('印刷', '23'),
    ('包装印刷', '23'),
    ('出版印刷', '23'),
    ('光盘复制', '23'),
    ('文具', '24'),
    ('玩具', '24'),
    ('体育用品', '24'),
    ('运动器材', '24'),
    ('乐器', '24'),
    ('工艺品', '24'),
    ('工艺美术', '24'),
    ('首饰', '24'),
    ('珠宝', '24'),
    ('游艺器材', '24'),
    ('健身器材', '24'),
    ('炼油', '25'),
    ('石油加工', '25'),
    ('炼焦', '25'),
    ('焦炭', '25'),
    ('核燃料', '25'),
    ('成品油', '25'),
    ('化工', '26'),
    ('化肥', '26'),
    ('农药', '26'),
    ('涂料', '26'),
    ('油漆', '26'),
    ('油墨', '26'),
    ('颜料', '26'),
    ('染料', '26'),
    ('日化', '26'),
    ('化妆品', '26'),
    ('洗涤剂', '26'),
    ('合成树脂', '26'),
    ('胶粘剂', '26'),
    ('日用化学', '26'),
    ('医药', '27'),
    ('药品', '27'),
    ('制药', '27'),
    ('中成药', '27'),
    ('中药饮片', '27'),
    ('化学药', '27'),
    ('生物制药', '27'),
    ('疫苗', '27'),
    ('兽药', '27'),
    ('药', '27'),
    ('化纤', '28'),
    ('化学纤维', '28'),
    ('涤纶', '28'),
    ('锦纶', '28'),
    ('氨纶', '28'),
    ('粘胶纤维', '28'),
    ('注塑', '29'),
    ('塑料', '29'),
    ('塑胶', '29'),
    ('橡胶', '29'),
    ('轮胎', '29'),
    ('塑料制品', '29'),
    ('塑料袋', '29'),
    ('胶管', '29'),
    ('胶带', '29'),
    ('吹塑', '29'),
    ('模塑', '29'),
    ('塑料薄膜', '29'),
    ('水泥', '30'),
    ('玻璃', '30'),
    ('陶瓷', '30'),
    ('瓷砖', '30'),
    ('石材', '30'),
    ('混凝土', '30'),
    ('耐火材料', '30'),
    ('石膏', '30'),
    ('玻纤', '30'),
    ('卫浴陶瓷', '30'),
    ('钢铁', '31'),
    ('炼钢', '31'),
    ('钢材', '31'),
    ('轧钢', '31'),
    ('炼铁', '31'),
    ('钢', '31'),
    ('有色金属', '32'),
    ('铝材', '32'),
    ('铝型材', '32'),
    ('铜材', '32'),
    ('炼铝', '32'),
    ('炼铜', '32'),
    ('稀土', '32'),
    ('铝', '32'),
    ('铜', '32'),
    ('金属制品', '33'),
    ('五金', '33'),
    ('螺丝', '33'),
    ('螺栓', '33'),
    ('紧固件', '33'),
    ('钢结构', '33'),
    ('金属门窗', '33'),
    ('不锈钢制品', '33'),
    ('刀具', '33'),
    ('锁具', '33'),
    ('压铸件', '33'),
    ('金属模具', '33'),
    ('钣金', '33'),
    ('金属加工', '33'),
    ('通用设备', '34'),
    ('机床', '34'),
    ('锅炉', '34'),
    ('泵', '34'),
    ('阀门', '34'),
    ('压缩机', '34'),
    ('轴承', '34'),
    ('齿轮', '34'),
    ('液压', '34'),
    ('电梯', '34'),
    ('起重机', '34'),
    ('风机', '34'),
    ('包装机械', '34'),
    ('工业机器人', '34'),
    ('机器人', '34'),
    ('模具', '34'),
    ('专用设备', '35'),
    ('工程机械', '35'),
    ('农业机械', '35'),
    ('农机', '35'),
    ('纺织机械', '35'),
    ('印刷机械', '35'),
    ('医疗器械', '35'),
    ('医疗设备', '35'),
    ('矿山机械', '35'),
    ('食品机械', '35'),
    ('环保设备', '35'),
    ('半导体设备', '35'),
    ('汽车', '36'),
    ('汽车零部件', '36'),
    ('汽车配件', '36'),
    ('新能源汽车', '36'),
    ('整车', '36'),
    ('改装车', '36'),
    ('发动机', '36'),
    ('车身', '36'),
    ('汽配', '36'),
    ('船舶', '37'),
    ('造船', '37'),
    ('游艇', '37'),
    ('铁路设备', '37'),
    ('高铁', '37'),
    ('动车', '37'),
    ('飞机', '37'),
    ('航空', '37'),
    ('航天', '37'),
    ('无人机', '37'),
    ('摩托车', '37'),
    ('自行车', '37'),
    ('电动自行车', '37'),
    ('船', '37'),
    ('电机', '38'),
    ('电动机', '38'),
    ('发电机', '38'),
    ('变压器', '38'),
    ('电线电缆', '38'),
    ('电缆', '38'),
    ('电池', '38'),
    ('锂电池', '38'),
    ('储能', '38'),
    ('光伏', '38'),
    ('家电', '38'),
    ('空调', '38'),
    ('冰箱', '38'),
    ('洗衣机', '38'),
    ('电饭煲', '38'),
    ('照明', '38'),
    ('灯具', '38'),
    ('LED灯', '38'),
    ('插座', '38'),
    ('开关', '38'),
    ('手机', '39'),
    ('电脑', '39'),
    ('计算机', '39'),
    ('服务器', '39'),
    ('芯片', '39'),
    ('集成电路', '39'),
    ('半导体', '39'),
    ('电路板', '39'),
    ('PCB', '39'),
    ('电子元件', '39'),
    ('电子元器件', '39'),
    ('显示屏', '39'),
    ('面板', '39'),
    ('通信设备', '39'),
    ('路由器', '39'),
    ('交换机', '39'),
    ('电视机', '39'),
    ('音响', '39'),
    ('耳机', '39'),
    ('摄像头', '39'),
    ('传感器', '39'),
    ('电子产品', '39'),
    ('消费电子', '39'),
    ('智能硬件', '39'),
    ('仪器仪表', '40'),
    ('仪表', '40'),
    ('传感仪器', '40'),
    ('测量仪器', '40'),
    ('分析仪器', '40'),
    ('电表', '40'),
    ('水表', '40'),
    ('钟表', '40'),
    ('手表', '40'),
    ('眼镜', '40'),
    ('光学仪器', '40'),
    ('实验仪器', '40'),
    ('日用杂品', '41'),
    ('制笔', '41'),
    ('其他制造', '41'),
    ('废旧回收', '42'),
    ('再生资源', '42'),
    ('废料回收', '42'),
    ('废旧金属', '42'),
    ('废塑料回收', '42'),
    ('再生利用', '42'),
    ('回收利用', '42'),
    ('设备维修', '43'),
    ('机械修理', '43'),
    ('设备修理', '43'),
    ('船舶修理', '43'),
    ('飞机维修', '43'),
    ('仪器仪表修理', '43');
