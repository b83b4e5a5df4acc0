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
INSERT INTO policy_question (entry_id, text) SELECT id, '申报时间段是几号到几号' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '两批分别是什么时候' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '第一批从几号开始' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '第二批从什么时候开始填' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '下半年那一批什么时候' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '上半年那批几号结束' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '填报材料的时间' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '什么时间段集中申报' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '8月份能报吗' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '9月还能报吗' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '3月中旬还能报吗' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '3月20号还赶得上第一批吗' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '第一批没赶上怎么办' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '一年有几次申报机会' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '平时能随时提交吗' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '不在规定时间能申报吗' FROM policy_entry WHERE topic_key = 'timing.batches';
INSERT INTO policy_question (entry_id, text) SELECT id, '错过第一批还能报吗' FROM policy_entry WHERE topic_key = 'timing.batches';

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
INSERT INTO policy_question (entry_id, text) SELECT id, '之前注册过的企业要做什么' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '老用户要重新填吗' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '去年报过这次要怎么处理' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '不同意新规则可以撤回吗' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '之前的申报算不算数' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '去年注册了但资料没填全怎么办' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '以前的申报想退出不参加了' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '之前交的申请怎么撤回' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '2019年注册过平台算老用户吗' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '2020年交过申报资料要从头重报吗' FROM policy_entry WHERE topic_key = 'timing.legacy';
INSERT INTO policy_question (entry_id, text) SELECT id, '2021年1月提交的申报要补信息吗' FROM policy_entry WHERE topic_key = 'timing.legacy';

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
INSERT INTO policy_question (entry_id, text) SELECT id, '我们是外地公司可以报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '其他省份的企业能不能申请' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '香港注册的公司能报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '面向什么类型的企业' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '平台商应用服务商都可以吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '不是广东注册的能参加吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '网络安全服务商在申报范围内吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '运营商能报吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '做平台的厂商是面向对象吗' FROM policy_entry WHERE topic_key = 'scope.who';
INSERT INTO policy_question (entry_id, text) SELECT id, '系统集成商可以报吗' FROM policy_entry WHERE topic_key = 'scope.who';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('scope.legal', '独立法人资格', '申报企业（单位）应在中华人民共和国境内依法注册，具有独立法人资格，诚实守信。', '二（一）1', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '有失信记录能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '对企业信用有要求吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '分公司能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要独立法人吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '子公司可以单独申报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '没有法人资格可以申报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '个体户能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '境外注册的公司能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '要在国内注册吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '法人资格有什么要求' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '必须是法人单位吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '事业单位可以报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '要有营业执照吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '国外公司能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '事业部不是独立法人能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '境外注册的母公司能报吗' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '用哪个主体申报' FROM policy_entry WHERE topic_key = 'scope.legal';
INSERT INTO policy_question (entry_id, text) SELECT id, '海外公司能不能申请' FROM policy_entry WHERE topic_key = 'scope.legal';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('scope.members', '已入池企业无须再报', '已纳入省资源池的企业无须再次申报。资源池实行动态管理，如发生名称变更、股权结构或业务方向重大变更，请提交申请变更请示。', '一（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '已经在资源池里还要报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '已经入池了还要报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '去年入选了今年还要申报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '已入池企业需要重新申请吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '已经是资源池成员要不要再报' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '入库企业要不要重复申报' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '已纳入资源池的要续期吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '资源池里的企业今年要重新报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '之前入选的还需要申报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '入池以后每年都要报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '已经在资源池名单里今年还要报吗' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '入了池再报会不会重复' FROM policy_entry WHERE topic_key = 'scope.members';
INSERT INTO policy_question (entry_id, text) SELECT id, '资源池里的企业要不要重复申报' FROM policy_entry WHERE topic_key = 'scope.members';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('scope.subsidy', '与上云上平台奖补无关', '本次申报不涉及工业企业“上云上平台”财政资金事后奖补，相关企业服务能力审核及应用产品上架不纳入本次申报事项范围。', '一（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '入选有补贴吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '上云上平台补贴怎么申请' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有财政资金奖励' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报有奖补吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '入池后能拿到补助吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '和上云上平台奖补有关系吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '应用产品上架是这个吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务能力审核和上云上平台' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '这个有钱拿吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '入选以后有补贴吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '跟上云补贴是一回事吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '能申请财政奖补吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '上了云平台能拿政府奖励吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '这个通知能帮我们拿补贴吗' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '这次申报排除了哪些事项' FROM policy_entry WHERE topic_key = 'scope.subsidy';
INSERT INTO policy_question (entry_id, text) SELECT id, '哪些不属于这次申报' FROM policy_entry WHERE topic_key = 'scope.subsidy';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.all', '申报基本条件', '申报企业应同时满足5个基本条件：1.在中华人民共和国境内依法注册，具有独立法人资格，诚实守信；2.业务覆盖范围或相关权限能够覆盖或管理广东省全境；3.具备在广东省内开展业务的技术和服务团队，能提供独立的第三方服务，省内有已实施完成的工业应用实践案例；4.具有自主知识产权和专利，产品和服务具备OT和IT深度融合特点；5.具备开放、合作、共享的理念。', '二（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '申报条件是什么' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要满足什么条件' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '基本条件有哪些' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报要求有哪些' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '什么样的企业符合条件' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '门槛是什么' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '资格要求' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要具备哪些条件才能申报' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报门槛有哪些' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '我们公司符合条件吗' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '要具备什么资质' FROM policy_entry WHERE topic_key = 'conditions.all';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报的基本要求' FROM policy_entry WHERE topic_key = 'conditions.all';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.coverage', '业务覆盖广东省全境', '申报企业（单位）业务覆盖范围或相关权限能够覆盖或管理广东省全境。', '二（一）2', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '业务只在深圳可以吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务范围有什么要求' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '要覆盖全省吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '只服务广州的企业能报吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务覆盖范围要求' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务要覆盖整个广东吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '只在一个城市有业务能报吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务范围要多大' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '区域代理商只管几个市能报吗' FROM policy_entry WHERE topic_key = 'conditions.coverage';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务只覆盖部分城市行不行' FROM policy_entry WHERE topic_key = 'conditions.coverage';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.team', '广东省内团队与案例', '申报企业（单位）应具备保障其在广东省内开展业务所必要的技术和服务团队支持，能够为广东省工业企业的数字化、网络化、智能化升级提供独立的第三方服务，并在广东省内拥有一定数量且已实施完成的工业应用实践案例。', '二（一）3', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '需要在广东有团队吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '没有广东的案例能报吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '案例有什么要求' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '要有多少个案例' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '在广东没有分支机构可以吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务团队要求' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '省外案例可以吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要已经完成的项目案例吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '广东没有团队能报吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要本地服务团队吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '案例要在广东吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '没有落地案例可以吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '主要服务母公司算第三方吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '要能提供独立的第三方服务吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '团队都不在广东影响申报吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '广东暂时没人能报吗' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '要帮工业企业实现哪些升级' FROM policy_entry WHERE topic_key = 'conditions.team';
INSERT INTO policy_question (entry_id, text) SELECT id, '数字化网络化智能化是什么要求' FROM policy_entry WHERE topic_key = 'conditions.team';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.ip', '知识产权与OT/IT融合', '申报企业（单位）须具有自主知识产权和专利，产品和服务具备OT和IT深度融合特点，产品技术先进、商业模式创新。', '二（一）4', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '需要专利吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '没有专利能报吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '知识产权有什么要求' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '软著算不算' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '什么是OT和IT深度融合' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '产品要有什么特点' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '技术要求是什么' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '没有发明专利可以吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要自主知识产权吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '产品要有OT和IT融合吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '商业模式有什么要求' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '对产品技术先进性有要求吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '专利可以用别人授权的吗' FROM policy_entry WHERE topic_key = 'conditions.ip';
INSERT INTO policy_question (entry_id, text) SELECT id, '必须是自己的专利吗' FROM policy_entry WHERE topic_key = 'conditions.ip';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('conditions.open', '开放合作共享', '申报企业（单位）应具备开放、合作、共享的理念，共同促进广东省工业互联网产业生态健康有序发展。', '二（一）5', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '开放合作共享是什么要求' FROM policy_entry WHERE topic_key = 'conditions.open';
INSERT INTO policy_question (entry_id, text) SELECT id, '第五个条件是什么' FROM policy_entry WHERE topic_key = 'conditions.open';
INSERT INTO policy_question (entry_id, text) SELECT id, '理念方面有什么要求' FROM policy_entry WHERE topic_key = 'conditions.open';
INSERT INTO policy_question (entry_id, text) SELECT id, '开放合作共享的理念是什么意思' FROM policy_entry WHERE topic_key = 'conditions.open';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要开放共享吗' FROM policy_entry WHERE topic_key = 'conditions.open';

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
INSERT INTO policy_question (entry_id, text) SELECT id, '能报几个方向' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '可以选两个类别吗' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '一个企业最多报几个类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '报平台还是报应用' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '网络安全公司报哪个类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '做工业软件的报哪类' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '类别怎么选' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '做网络改造的报哪个类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '四大类别是哪些' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '做ERP软件的报哪个类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '做安全产品的选哪个类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '软件厂商报什么类别' FROM policy_entry WHERE topic_key = 'categories';
INSERT INTO policy_question (entry_id, text) SELECT id, '做工业网络的选哪类' FROM policy_entry WHERE topic_key = 'categories';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('directions', '新一代信息技术方向', '本次申报新增了5G+工业互联网、工业人工智能、工业大数据、工业机器视觉、工业边缘计算、工业互联网标识解析等新一代信息技术方向（共6个）。各类方向申报要素详见附件一。', '二（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '新增了哪些方向' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '5G可以报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '人工智能方向' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有机器视觉' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '边缘计算能报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '标识解析属于哪个方向' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '大数据企业能报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '新技术方向有哪些' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, 'AI公司可以申报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '有哪些新技术方向' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '做5G的可以报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '做边缘计算的能报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '工业大数据可以申报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '机器视觉算不算' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '标识解析能报吗' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '做视觉检测的属于哪个方向' FROM policy_entry WHERE topic_key = 'directions';
INSERT INTO policy_question (entry_id, text) SELECT id, '边缘网关属于哪个新方向' FROM policy_entry WHERE topic_key = 'directions';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('register', '注册平台账号', '从即日起登录“广东工业互联网应用服务平台”（网址：http://syspt.aiigd.cn/）进行用户注册，类型认证选择“供应商”，如实填写供应商认证基本信息，并上传相关资质证明材料，确认后提交。', '三（一）1', 'seed', '2021-01-20 00:00:00');
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
INSERT INTO policy_question (entry_id, text) SELECT id, '平台网址是多少' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报入口在哪' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '注册类型怎么选' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '身份类型选哪个' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '用户类型选什么' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '注册后要上传什么' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '资质证明材料在哪传' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '用哪个平台申报' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '平台全称叫什么' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '账号什么时候可以注册' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '注册账号要认证成什么身份' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '注册时营业执照要上传吗' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '认证信息可以随便填吗' FROM policy_entry WHERE topic_key = 'register';
INSERT INTO policy_question (entry_id, text) SELECT id, '填完基本信息还要传什么' FROM policy_entry WHERE topic_key = 'register';

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
INSERT INTO policy_question (entry_id, text) SELECT id, '提交以后多久能审完' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '基本审核谁负责' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '外地企业由谁审' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '广州企业谁来审' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核周期多长' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核要几个工作日' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '各地市工信局负责什么' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '地市工信部门审核什么' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '地市工信部门和联盟怎么分工' FROM policy_entry WHERE topic_key = 'review.basic';
INSERT INTO policy_question (entry_id, text) SELECT id, '省内省外企业分别由谁审核' FROM policy_entry WHERE topic_key = 'review.basic';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('submit.capability', '提交应用产品（服务能力）审核', '待供应商基本审核通过后，方可进行下一阶段的申报工作：请根据《各申报方向要素条件》（附件一），再次登录“广东工业互联网应用服务平台”，在“能力”类别项填写并提交相应的应用产品（服务能力）审核。四个类别重点选择其中一项（至多两项）填写。', '三（一）3', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '基本审核没通过能先提交能力吗' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '基本审核通过后做什么' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核通过了下一步呢' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么提交产品' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务能力在哪里填' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '能力类别在哪' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '产品审核怎么提交' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '第二步是什么' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报要素看哪里' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '基本审核过了然后呢' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '产品能力怎么提交' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '在哪里提交应用产品' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核通过以后怎么填能力' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核通过后还要再登录平台吗' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '填服务能力要对照哪份文件' FROM policy_entry WHERE topic_key = 'submit.capability';
INSERT INTO policy_question (entry_id, text) SELECT id, '附件一是什么' FROM policy_entry WHERE topic_key = 'submit.capability';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('review.stages', '组织评审流程', '广东省工业互联网产业联盟在广东省工业和信息化厅的监督下，组织工业互联网领域相关专家开展评审工作，依次开展“初步审核”和“集中答辩”，并随机开展“现场考察”，严格按照程序及有关纪律要求进行。', '三（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '评审流程是怎样的' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '专家评审有哪些环节' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '要答辩吗' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '会现场考察吗' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '谁来评审' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '评审分几步' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '现场考察怎么安排' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '初审之后是什么' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '评审有几个环节' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '要不要答辩' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '会不会来现场看' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '评审怎么进行' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '专家怎么评审' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '评审公正吗' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '评审有纪律要求吗' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '除了初审和答辩还有什么环节' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '答辩之前是哪一轮评审' FROM policy_entry WHERE topic_key = 'review.stages';
INSERT INTO policy_question (entry_id, text) SELECT id, '初审之后还有哪些评审' FROM policy_entry WHERE topic_key = 'review.stages';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('review.defense-notice', '答辩通知方式', '届时将通过电话或短信、邮件等方式提前通知进入现场答辩的企业（单位），请各申报企业联络员保持通讯方式畅通。', '三（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么通知答辩' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '答辩会提前通知吗' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么知道自己进入答辩' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '答辩通知怎么发' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '联络员要注意什么' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '会打电话通知吗' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '答辩怎么通知我们' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '会不会发短信通知答辩' FROM policy_entry WHERE topic_key = 'review.defense-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '答辩邀请怎么收到' FROM policy_entry WHERE topic_key = 'review.defense-notice';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('review.failure-notice', '未通过不另行通知', '未通过的企业（单位）将恕不另行通知。', '三（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '没通过会通知吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '落选了会告诉我们吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '没收到通知是不是没过' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '没通过有没有通知' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核不通过会发短信吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '没选上会通知吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '没通过会告诉我吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '落选有通知吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '初审没过会通知吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '一直没接到电话是不是没通过' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '没过会发邮件吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '初审被刷掉了会通知吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要主动去问结果吗' FROM policy_entry WHERE topic_key = 'review.failure-notice';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('publish', '公示与发布', '广东省工业互联网产业联盟将根据专家初步审核、集中答辩、现场考察结果，将通过审核结果予以公示，如无异议将予以正式发布。', '三（三）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '评审结果怎么公布' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '通过了会公示吗' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '审核结果怎么公开' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '会公示吗' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '在哪里看结果' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '入选名单怎么发布' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '有异议怎么办' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '公示后还要做什么' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '公示没有异议就入选了吗' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '结果会公开吗' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '评审完了怎么公布' FROM policy_entry WHERE topic_key = 'publish';
INSERT INTO policy_question (entry_id, text) SELECT id, '通过的会公示吗' FROM policy_entry WHERE topic_key = 'publish';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('truthfulness', '信息真实与第三方隐私', '申报企业（单位）须如实填写信息，确保真实、客观、完整；如涉及第三方单位（企业）用户隐私信息的，应事先征得第三方单位（企业）同意。申报企业对所提交申报材料内容的真实性负责，因提供不当信息造成法律后果的须承担相应法律责任。', '四（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '填写材料有什么要求' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报材料填报要注意什么' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '提供不当信息有什么后果' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '案例涉及客户信息怎么办' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '可以写客户名字吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '填报信息有什么要求' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '材料不真实会怎样' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '需要客户同意吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '隐私信息怎么处理' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '虚假申报要负责吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '材料要真实吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '填写信息有什么要求' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '涉及客户隐私怎么办' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '用了客户的数据要授权吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '材料可以美化一下吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '信息能先随便填吗' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '填报内容有什么原则要求' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '信息填得不完整会怎样' FROM policy_entry WHERE topic_key = 'truthfulness';
INSERT INTO policy_question (entry_id, text) SELECT id, '涉及合作伙伴隐私什么时候取得同意' FROM policy_entry WHERE topic_key = 'truthfulness';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('dynamic', '动态管理', '省资源池实行动态管理机制，将按照企业（单位）发展情况进行动态调整、补充和淘汰，对于不合格的资源池企业（单位）予以淘汰。', '四（二）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '入选后是永久的吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '会被淘汰吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '入池后会被踢出去吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '资源池会调整吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有退出机制' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '动态管理是怎么回事' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '不合格会怎样' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '入选以后会不会被淘汰' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '资源池是固定的吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '入池是终身的吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '不合格的会怎么处理' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '经营变差了会怎样' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '资源池还会补充新企业吗' FROM policy_entry WHERE topic_key = 'dynamic';
INSERT INTO policy_question (entry_id, text) SELECT id, '不达标会怎么样' FROM policy_entry WHERE topic_key = 'dynamic';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('support', '入选后的支持', '对入选省资源池的企业（单位），将在产业集群数字化转型、供需精准对接、标杆案例培育、典型案例宣传推介等方面予以重点支持。', '四（三）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '入选有什么好处' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '入池后有什么支持' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '能获得哪些支持' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '入选资源池有什么用' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '会帮忙宣传吗' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有对接机会' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '入选以后有什么支持' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '入池有什么好处' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '能帮我们对接客户吗' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '会宣传推广吗' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '对产业集群项目有帮助吗' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '会帮我们打造标杆案例吗' FROM policy_entry WHERE topic_key = 'support';
INSERT INTO policy_question (entry_id, text) SELECT id, '能参加供需对接吗' FROM policy_entry WHERE topic_key = 'support';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('change-request', '名称、股权或业务方向变更', '已纳入省资源池的单位发生名称变更、股权结构或业务方向重大变更的，应参照通知要求提交完整材料，并提交申请变更请示。', '四（四）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '公司改名了怎么办' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '股权变更要报备吗' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务方向变了需要处理吗' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '企业名称变更' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '变更怎么申请' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '被收购了要不要说' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '公司名称变更怎么办' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '股东变了要报告吗' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '业务方向调整了怎么办' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '公司改名以后要做什么' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '控股股东换了要报备吗' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '被收购了资源池资格怎么办' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '发生哪些变化要提交变更请示' FROM policy_entry WHERE topic_key = 'change-request';
INSERT INTO policy_question (entry_id, text) SELECT id, '哪些情况需要变更请示' FROM policy_entry WHERE topic_key = 'change-request';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('industries', '服务行业怎么填', '为便于开展产业集群和供需对接工作，请参照《国民经济行业分类与代码（GB4754-2011）——制造业》（附件二），选择最多不超过三个大类（如“家具制造业、橡胶和塑料制品业、汽车制造业”）作为主要擅长行业领域；擅长通用或跨行业领域的请填写“全行业”。在平台“供应商认证”栏目“产品和服务情况”下的“服务行业（领域）”模块填写。', '四（五）', 'seed', '2021-01-20 00:00:00');
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
INSERT INTO policy_question (entry_id, text) SELECT id, '服务行业选几个' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '行业领域最多选几个' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '什么行业都能做的选什么' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务行业在平台哪里填' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '擅长领域怎么填' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '为什么要填擅长行业' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '附件二是什么' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '行业分类标准是哪个' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '行业分类用的哪个版本国标' FROM policy_entry WHERE topic_key = 'industries';
INSERT INTO policy_question (entry_id, text) SELECT id, '服务行业按哪个国标' FROM policy_entry WHERE topic_key = 'industries';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('contacts', '联系方式', '如有疑问请联系：联盟小蜜，电话020-83256806。相关通知、公告请登录“广东工业互联网应用服务平台”（http://syspt.aiigd.cn/）或关注微信公众号“广东省工业互联网产业联盟”查询。', '四（六）、落款', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '联系电话是多少' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '有问题找谁' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '客服电话' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '怎么联系工作人员' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '咨询电话' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '联系人是谁' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '人工客服' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '在哪里看通知公告' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '咨询电话是多少' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '找谁咨询' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '热线电话' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有人工' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '联系方式' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '小蜜电话' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '公告会在公众号发吗' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '在哪里看最新通知' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '官方联系方式是什么' FROM policy_entry WHERE topic_key = 'contacts';
INSERT INTO policy_question (entry_id, text) SELECT id, '有没有官方电话' FROM policy_entry WHERE topic_key = 'contacts';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('organizer', '组织单位', '本次申报在广东省工业和信息化厅的指导下，由广东省工业互联网产业联盟授权组织开展，通知落款为广东省工业互联网产业联盟，2021年1月。', '正文开头', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '谁组织的申报' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '主办单位是谁' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '哪个部门牵头' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '联盟和工信厅什么关系' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '这是官方的吗' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '谁主办的' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '是哪个单位组织的' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '工信厅指导的吗' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '通知落款时间是什么时候' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '通知是什么时候发的' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '通知是哪个单位发的' FROM policy_entry WHERE topic_key = 'organizer';
INSERT INTO policy_question (entry_id, text) SELECT id, '发文单位是谁' FROM policy_entry WHERE topic_key = 'organizer';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('basis', '申报依据的文件', '本次申报为贯彻落实《国务院关于深化“互联网+先进制造业”发展工业互联网的指导意见》和《工业和信息化部关于工业互联网创新发展行动计划（2021-2023年）》精神，推动新一代信息技术与制造业融合发展，完善广东省工业互联网产业生态体系，加快广东省工业互联网示范区建设。', '正文开头', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '申报依据哪些文件' FROM policy_entry WHERE topic_key = 'basis';
INSERT INTO policy_question (entry_id, text) SELECT id, '上级文件是什么' FROM policy_entry WHERE topic_key = 'basis';
INSERT INTO policy_question (entry_id, text) SELECT id, '为什么要组织这次申报' FROM policy_entry WHERE topic_key = 'basis';
INSERT INTO policy_question (entry_id, text) SELECT id, '这次申报的目的是什么' FROM policy_entry WHERE topic_key = 'basis';
INSERT INTO policy_question (entry_id, text) SELECT id, '政策依据' FROM policy_entry WHERE topic_key = 'basis';
INSERT INTO policy_question (entry_id, text) SELECT id, '依据什么文件开展' FROM policy_entry WHERE topic_key = 'basis';
INSERT INTO policy_question (entry_id, text) SELECT id, '行动计划是哪几年的' FROM policy_entry WHERE topic_key = 'basis';
INSERT INTO policy_question (entry_id, text) SELECT id, '要建设什么示范区' FROM policy_entry WHERE topic_key = 'basis';
INSERT INTO policy_question (entry_id, text) SELECT id, '为了加快建设什么' FROM policy_entry WHERE topic_key = 'basis';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('recipients', '通知的发送对象', '本通知发给各地级以上市工业和信息化主管部门，各有关企业（单位）。', '抬头', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '通知发给谁' FROM policy_entry WHERE topic_key = 'recipients';
INSERT INTO policy_question (entry_id, text) SELECT id, '主送对象是谁' FROM policy_entry WHERE topic_key = 'recipients';
INSERT INTO policy_question (entry_id, text) SELECT id, '这个通知是发给哪些单位的' FROM policy_entry WHERE topic_key = 'recipients';
INSERT INTO policy_question (entry_id, text) SELECT id, '通知抬头写的是谁' FROM policy_entry WHERE topic_key = 'recipients';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('attachments', '通知附件', '通知有两个附件：附件一《广东省工业互联网产业生态供给资源池（2021年）各申报方向要素条件》；附件二《国民经济行业分类与代码（GB4754-2011）——制造业》。', '附件', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '通知有几个附件' FROM policy_entry WHERE topic_key = 'attachments';
INSERT INTO policy_question (entry_id, text) SELECT id, '附件有哪些' FROM policy_entry WHERE topic_key = 'attachments';
INSERT INTO policy_question (entry_id, text) SELECT id, '附件一和附件二是什么' FROM policy_entry WHERE topic_key = 'attachments';
INSERT INTO policy_question (entry_id, text) SELECT id, '申报要素条件在哪看' FROM policy_entry WHERE topic_key = 'attachments';
INSERT INTO policy_question (entry_id, text) SELECT id, '附件分别是什么' FROM policy_entry WHERE topic_key = 'attachments';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('dynamic.now-open', '现在能否申报（按日期）', '', '一（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '现在能报吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '现在可以申报吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '今天还能报名吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '现在还来得及吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '目前在申报期吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '现在开放申报了吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '现在还能报名吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '现在可以提交吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';
INSERT INTO policy_question (entry_id, text) SELECT id, '今天能申报吗' FROM policy_entry WHERE topic_key = 'dynamic.now-open';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('dynamic.days-left', '距截止还有几天（按日期）', '', '一（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '还有几天截止' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '离截止还有多少天' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '还剩几天' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '距离截止日期还有多久' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '还有多长时间可以报' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '离截止还有几天' FROM policy_entry WHERE topic_key = 'dynamic.days-left';
INSERT INTO policy_question (entry_id, text) SELECT id, '还剩多少天可以报' FROM policy_entry WHERE topic_key = 'dynamic.days-left';

INSERT INTO policy_entry (topic_key, title, answer, source_section, updated_by, updated_at) VALUES ('dynamic.next-batch', '下一批什么时候（按日期）', '', '一（一）', 'seed', '2021-01-20 00:00:00');
INSERT INTO policy_question (entry_id, text) SELECT id, '下一批什么时候' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '下批什么时候开始' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '错过了还有下一批吗' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '下一次申报是什么时候' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '后面还有批次吗' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '下一批是什么时候' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';
INSERT INTO policy_question (entry_id, text) SELECT id, '下次申报什么时候' FROM policy_entry WHERE topic_key = 'dynamic.next-batch';

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
    ('米粉', '13'),
    ('花生油', '13'),
    ('畜禽', '13'),
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
    ('饮料浓缩', '14'),
    ('面条', '14'),
    ('火锅底料', '14'),
    ('辣椒酱', '14'),
    ('豆腐', '14'),
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
    ('毛巾', '17'),
    ('床单', '17'),
    ('布料', '17'),
    ('面料', '17'),
    ('服装', '18'),
    ('服饰', '18'),
    ('衣服', '18'),
    ('制衣', '18'),
    ('内衣', '18'),
    ('童装', '18'),
    ('针织服装', '18'),
    ('帽子', '18'),
    ('领带', '18'),
    ('t恤', '18'),
    ('西装', '18'),
    ('牛仔裤', '18'),
    ('羽绒服', '18'),
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
    ('皮包', '19'),
    ('手袋', '19'),
    ('拖鞋', '19'),
    ('木材', '20'),
    ('人造板', '20'),
    ('胶合板', '20'),
    ('木地板', '20'),
    ('竹制品', '20'),
    ('藤制品', '20'),
    ('木制品', '20'),
    ('筷子', '20'),
    ('竹筷', '20'),
    ('木门', '20'),
    ('木箱', '20'),
    ('竹木', '20'),
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
    ('卫生纸', '22'),
    ('纸杯', '22'),
    ('印刷', '23'),
    ('包装印刷', '23'),
    ('出版印刷', '23'),
    ('光盘复制', '23'),
    ('标签印刷', '23'),
    ('画册', '23'),
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
    ('文具盒', '24'),
    ('钢琴', '24'),
    ('吉他', '24'),
    ('球拍', '24'),
    ('模型玩具', '24'),
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
    ('塑料原料', '26'),
    ('树脂', '26'),
    ('硅胶原料', '26'),
    ('香精', '26'),
    ('肥皂', '26'),
    ('牙膏', '26'),
    ('化学试剂', '26'),
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
    ('保健药', '27'),
    ('片剂', '27'),
    ('胶囊', '27'),
    ('医用敷料', '27'),
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
    ('硅胶制品', '29'),
    ('橡胶制品', '29'),
    ('塑料瓶', '29'),
    ('塑料盒', '29'),
    ('包装袋', '29'),
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
    ('瓷器', '30'),
    ('砖', '30'),
    ('玻璃瓶', '30'),
    ('石英', '30'),
    ('防水材料', '30'),
    ('钢铁', '31'),
    ('炼钢', '31'),
    ('钢材', '31'),
    ('轧钢', '31'),
    ('炼铁', '31'),
    ('钢', '31'),
    ('钢管', '31'),
    ('钢板', '31'),
    ('有色金属', '32'),
    ('铝材', '32'),
    ('铝型材', '32'),
    ('铜材', '32'),
    ('炼铝', '32'),
    ('炼铜', '32'),
    ('稀土', '32'),
    ('铝', '32'),
    ('铜', '32'),
    ('铝合金', '32'),
    ('铜线', '32'),
    ('锌', '32'),
    ('黄金冶炼', '32'),
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
    ('铝合金门窗', '33'),
    ('门窗', '33'),
    ('五金件', '33'),
    ('铁艺', '33'),
    ('不锈钢', '33'),
    ('金属结构', '33'),
    ('集装箱', '33'),
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
    ('减速机', '34'),
    ('气缸', '34'),
    ('空压机', '34'),
    ('叉车', '34'),
    ('电动工具', '34'),
    ('机械手', '34'),
    ('数控机床', '34'),
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
    ('注塑机', '35'),
    ('挤出机', '35'),
    ('专用机械', '35'),
    ('包装设备', '35'),
    ('自动化设备', '35'),
    ('激光设备', '35'),
    ('3d打印机', '35'),
    ('汽车', '36'),
    ('汽车零部件', '36'),
    ('汽车配件', '36'),
    ('新能源汽车', '36'),
    ('整车', '36'),
    ('改装车', '36'),
    ('发动机', '36'),
    ('车身', '36'),
    ('汽配', '36'),
    ('车灯', '36'),
    ('座椅', '36'),
    ('刹车片', '36'),
    ('汽车电子', '36'),
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
    ('电动车', '37'),
    ('船舶配件', '37'),
    ('集装箱船', '37'),
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
    ('充电桩', '38'),
    ('逆变器', '38'),
    ('太阳能板', '38'),
    ('插头', '38'),
    ('电热水器', '38'),
    ('风扇', '38'),
    ('吸尘器', '38'),
    ('小家电', '38'),
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
    ('平板电脑', '39'),
    ('笔记本', '39'),
    ('显示器', '39'),
    ('主板', '39'),
    ('光模块', '39'),
    ('基站', '39'),
    ('智能手表', '39'),
    ('无人机控制器', '39'),
    ('led芯片', '39'),
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
    ('温度计', '40'),
    ('流量计', '40'),
    ('示波器', '40'),
    ('万用表', '40'),
    ('衡器', '40'),
    ('秤', '40'),
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
    ('再生造粒', '42'),
    ('废塑料', '42'),
    ('废旧电池回收', '42'),
    ('拆解', '42'),
    ('设备维修', '43'),
    ('机械修理', '43'),
    ('设备修理', '43'),
    ('船舶修理', '43'),
    ('飞机维修', '43'),
    ('仪器仪表修理', '43'),
    ('修机器', '43'),
    ('修设备', '43'),
    ('维修设备', '43'),
    ('设备维护', '43'),
    ('维修保养', '43'),
    ('船舶维修', '43'),
    ('修船', '43');
