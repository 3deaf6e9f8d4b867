/**
 * The member roster: fields, choices, validation, import and export, statistics. Labels of
 * choices are also what the export template writes and the import reads back.
 */
export const members = {
  'members.title': '会员',

  'members.field.name': '姓名',
  'members.field.sex': '性别',
  'members.field.birthDate': '出生日期',
  'members.field.ethnicity': '民族',
  'members.field.docType': '证件类型',
  'members.field.docNumber': '证件号码',
  'members.field.education': '学历',
  'members.field.politicalStatus': '政治面貌',
  'members.field.employment': '就业状况',
  'members.field.household': '户籍类型',
  'members.field.migrantWorker': '是否农民工',
  'members.field.mobile': '移动电话',
  'members.field.department': '工作部门',
  'members.field.position': '岗位',
  'members.field.memberNo': '会员证号',
  'members.field.joinedOn': '入会日期',
  'members.field.hardship': '困难职工',
  'members.field.modelWorker': '劳模',
  'members.field.activist': '工会积极分子',
  'members.field.representative': '会员代表',

  'members.sex.male': '男',
  'members.sex.female': '女',

  'members.docType.residentId': '居民身份证',
  'members.docType.hmtResidencePermit': '港澳台居民居住证',
  'members.docType.passport': '护照',
  'members.docType.hkMacauPermit': '港澳居民来往内地通行证',
  'members.docType.taiwanPermit': '台湾居民来往大陆通行证',
  'members.docType.foreignPermanentResident': '外国人永久居留身份证',
  'members.docType.other': '其他证件',

  'members.education.doctorate': '博士研究生',
  'members.education.master': '硕士研究生',
  'members.education.bachelor': '大学本科',
  'members.education.college': '大学专科',
  'members.education.secondaryVocational': '中专（中技）',
  'members.education.highSchool': '高中',
  'members.education.juniorHigh': '初中',
  'members.education.primary': '小学及以下',

  'members.political.cpcMember': '中共党员',
  'members.political.cpcProbationary': '中共预备党员',
  'members.political.cylMember': '共青团员',
  'members.political.rccKmt': '民革党员',
  'members.political.cdl': '民盟盟员',
  'members.political.cndca': '民建会员',
  'members.political.capd': '民进会员',
  'members.political.cpwdp': '农工党党员',
  'members.political.zhigong': '致公党党员',
  'members.political.jiusan': '九三学社社员',
  'members.political.taimeng': '台盟盟员',
  'members.political.nonParty': '无党派人士',
  'members.political.masses': '群众',

  'members.employment.onDuty': '在岗',
  'members.employment.awaitingPost': '待岗',
  'members.employment.unemployed': '失业',
  'members.employment.retired': '退休',
  'members.employment.offDutyRetired': '离休',
  'members.employment.resigned': '退职',
  'members.employment.internalRetired': '内退',
  'members.employment.sickLeave': '病休',
  'members.employment.other': '其他',

  'members.household.localUrban': '本地城镇',
  'members.household.localRural': '本地农村',
  'members.household.nonLocalUrban': '外地城镇',
  'members.household.nonLocalRural': '外地农村',

  'members.boolean.yes': '是',
  'members.boolean.no': '否',

  'members.event.join': '入会',
  'members.event.transferIn': '转入',
  'members.event.reserve': '保留会籍',
  'members.event.transferOut': '转出',
  'members.event.expel': '除名',
  'members.event.withdraw': '退会',

  'members.status.active': '在册',
  'members.status.reserved': '保留会籍',
  'members.status.left': '已离会',
  'members.status.notJoined': '未入会',

  'members.sex.required': '请选择性别（填写居民身份证号时会按号码自动带出）。',
  'members.sex.replacedByIdMale':
    '填写的性别是“女”，但身份证号显示为男性，已按身份证号记为“男”。如果是身份证号填错了，请改正身份证号。',
  'members.sex.replacedByIdFemale':
    '填写的性别是“男”，但身份证号显示为女性，已按身份证号记为“女”。如果是身份证号填错了，请改正身份证号。',
  'members.birthDate.replacedById':
    '填写的出生日期 {entered} 与身份证号中的 {fromId} 不一致，已按身份证号记为 {fromId}。如果是身份证号填错了，请改正身份证号。',
  'members.docNumber.badChar': '证件号码中有不能使用的字符“{char}”，请只填写证件上的字母和数字。',
  'members.docNumber.masked':
    '证件号码“{value}”中有 *，这是隐藏了部分数字的导出表，不能用来导入。请改用导出时没有选择“隐藏身份证号”的表格。',
  'members.docNumber.tooLong': '证件号码不能超过 {max} 位（现在是 {length} 位），请核对。',
  'members.ethnicity.unknown':
    '民族“{value}”不是 56 个民族的名称之一，已按填写的内容保存，请核对（例如“汉族”“回族”）。',
  'members.joinedOn.beforeBirth':
    '入会日期 {joinedOn} 早于出生日期 {birthDate}，请核对这两个日期。',
  'members.joinedOn.tooYoung':
    '按出生日期 {birthDate}，入会日期 {joinedOn} 时还不满 16 周岁，请核对入会日期和出生日期。',
  'members.migrantWorker.urbanHousehold':
    '标为农民工，但户籍类型是“{household}”。农民工是农村户籍的劳动者，请核对“是否农民工”和“户籍类型”。',

  'members.cell.choiceUnknown':
    '{field}“{value}”不是可选的项目，这一项已留空。可选：{choices}。导入后可在会员信息中补选。',
  'members.cell.docTypeUnknown':
    '证件类型“{value}”不是可选的项目，无法核对证件号码。请改为以下之一：{choices}（空白按居民身份证）。',
  'members.cell.booleanUnknown': '{field}“{value}”无法识别，请填写“是”或“否”（空白按“否”）。',
  'members.cell.dateUnreadable':
    '{field}“{value}”无法识别为日期。请写成 2015-06-13、2015/6/13、2015.6.13、2015年6月13日 或 20150613。',
  'members.cell.dateYearOnly': '{field}“{value}”只有年份，请填写完整的日期，例如 2015-06-13。',
  'members.cell.dateMonthOnly':
    '{field}“{value}”只填到月份，已按当月 1 日（{date}）记录；如果知道具体日期，请改正。',
  'members.cell.idAsNumber':
    "这个证件号码在表格里是数字格式，最后几位已经丢失（Excel 只保留 15 位有效数字）。请在 Excel 中选中证件号码列，设置单元格格式为“文本”后重新录入完整号码，或在号码前加英文单引号 '，再导入。",

  'members.import.noHeader':
    '没有找到表头行。请确认表格里有一行列名，至少包括“姓名”和“身份证号”（或“证件号码”）；也可以先下载导入模板，把数据粘贴进去再导入。',
  'members.import.noRows': '表头下面没有会员数据。请确认选择了正确的工作表。',
  'members.import.missingColumn':
    '表格中没有“{field}”列，无法导入。请在下方把对应的列指定为“{field}”，或在表格中加上这一列。',
  'members.import.duplicateColumn':
    '“{field}”对应了 {columns} 这几列，只能选其中一列，请把其余的列改为“不导入”。',
  'members.import.unmappedColumn': '{column} 列“{header}”不对应任何会员信息，不会导入。',
  'members.import.ignoreColumn': '不导入',
  'members.import.duplicateInFile':
    '与第 {row} 行的证件号码相同，同一个人只导入一次，这一行不会导入。请删除重复的行，或核对号码。',
  'members.import.duplicateOfExisting':
    '会员名册中已有证件号码相同的会员。请选择跳过这一行，或用这一行的内容更新该会员。',
  'members.import.duplicateMemberNo': '会员证号 {memberNo} 与第 {row} 行相同，请核对。',
  'members.import.atCell': '第 {row} 行 {column} 列（{header}）：{text}',
  'members.import.atRow': '第 {row} 行：{text}',

  'members.export.maskedNote':
    '注意：本表中的身份证号已隐藏部分数字，仅供查阅，不能用于导入会员。需要导入时，请导出不隐藏身份证号的表格。',
  'members.export.templateNote':
    '填写说明：带 * 的列必须填写；证件类型空白按居民身份证；日期写成 2015-06-13；“是否农民工”等列填“是”或“否”。请先把证件号码列设置为“文本”格式再录入，否则 Excel 会把号码最后几位变成 0。',

  'members.ageBand.upTo35': '35 岁及以下',
  'members.ageBand.from36to45': '36–45 岁',
  'members.ageBand.from46to55': '46–55 岁',
  'members.ageBand.over55': '56 岁及以上',
  'members.ageBand.unknown': '出生日期不详',

  'members.period.calendar': '自然年度（{year} 年 1 月 1 日至 12 月 31 日）',
  'members.period.octSep': '统计年度（{previous} 年 10 月 1 日至 {year} 年 9 月 30 日）',

  'members.stats.membershipRate': '入会率',
  'members.stats.migrantRate': '农民工入会率',
  'members.stats.womenRate': '女职工入会率',
  'members.stats.rateAboveWorkforce':
    '{rate}超过 100%：计入的会员有 {numerator} 人，而工会基本信息中的{field}只有 {denominator} 人。请在“设置”中更新{field}。',
  'members.stats.noWorkforce':
    '工会基本信息中的{field}是 0，无法计算{rate}。请在“设置”中填写{field}。',

  'members.error.missing':
    '找不到这位会员（可能刚被删除），数据没有改动。请回到会员列表刷新后再试。',
  'members.error.invalid': '有 {count} 项信息需要更正，请查看标红的栏目。',
  'members.error.duplicate':
    '会员名册中已有证件号码相同的会员“{name}”，不能重复添加。请打开这位会员核对，或更正证件号码。',
  'members.event.future': '变动日期不能晚于今天，请更正日期。',

  'members.tab.roster': '会员名册',
  'members.tab.stats': '统计',
  'members.list.loading': '正在读取会员名册…',
  'members.list.search': '搜索会员',
  'members.list.searchPlaceholder': '姓名、拼音或首字母、会员证号、证件号后几位',
  'members.list.status': '会籍状态',
  'members.list.anyStatus': '全部状态',
  'members.list.anyDepartment': '全部部门',
  'members.list.noDepartment': '（未填部门）',
  'members.list.ageBand': '年龄段',
  'members.list.anyAge': '全部年龄',
  'members.list.flags': '标记',
  'members.list.flag.women': '女',
  'members.list.flag.migrant': '农民工',
  'members.list.flag.hardship': '困难职工',
  'members.list.flag.representative': '会员代表',
  'members.list.flag.modelWorker': '劳模',
  'members.list.count': '显示 {shown} 人，名册共 {total} 人',
  'members.list.add': '新增会员',
  'members.list.import': '导入',
  'members.list.empty': '没有符合条件的会员。可以清除搜索和筛选条件，或点“新增会员”“导入”添加。',
  'members.list.reveal': '显示完整号码',
  'members.list.hide': '隐藏号码',
  'members.form.addTitle': '新增会员',
  'members.form.editTitle': '会员信息',
  'members.form.derived': '根据身份证号自动填写',
  'members.form.choose': '请选择',
  'members.form.flags': '其他标记',
  'members.form.save': '保存',
  'members.form.saved': '已保存“{name}”的信息。',
  'members.form.delete': '删除会员',
  'members.form.deleteTitle': '删除会员“{name}”？',
  'members.form.deleteBody':
    '会员信息和会籍变动记录会移到回收站，30 天内可以在“设置 → 回收站”中恢复。如果这位会员是转出或退会，请改为在下方“会籍变动”中登记，不要删除。',
  'members.form.openExisting': '打开已有会员',
  'members.event.title': '会籍变动',
  'members.event.none': '没有会籍变动记录',
  'members.event.date': '日期',
  'members.event.type': '变动类型',
  'members.event.reason': '原因',
  'members.event.reasonPlaceholder': '原因（选填），如“调往分公司”',
  'members.event.add': '登记变动',
  'members.event.added': '已登记会籍变动，会籍状态已更新。',
  'members.event.delete': '删除',
  'members.event.deleteConfirm': '删除这条登记错误的变动记录？会籍状态会重新计算。',
} as const;
