import type { PlainMessageKey } from '../i18n';
import type { Sex } from '../validation/resident-id';

export type { Sex };

/**
 * The closed choices of the real-name roster (工会会员实名制) as data: a stable code that is
 * stored, a catalogue key for what the user sees, and the other spellings found in the sheets
 * offices keep, so that an import can read them. Codes never change once released; labels and
 * aliases may.
 */
export interface OptionDef<V extends string> {
  readonly value: V;
  readonly label: PlainMessageKey;
  /** Other spellings read on import, compared after `normalizeChoice`. */
  readonly aliases: readonly string[];
}

export const SEXES = [
  // GB/T 2261.1 codes 1 and 2 appear in sheets exported from HR systems.
  { value: 'male', label: 'members.sex.male', aliases: ['男性', 'M', 'male', '1'] },
  { value: 'female', label: 'members.sex.female', aliases: ['女性', 'F', 'female', '2'] },
] as const satisfies readonly OptionDef<Sex>[];

/**
 * Documents a member may be registered with. Resident IDs and the residence permits of Hong Kong,
 * Macao and Taiwan residents (since 2018) share the GB 11643 number format and are checked;
 * other documents are stored as typed.
 */
export const DOC_TYPES = [
  {
    value: 'residentId',
    label: 'members.docType.residentId',
    aliases: ['身份证', '居民身份证', '二代身份证', '身份证号', '身份证号码'],
  },
  {
    value: 'hmtResidencePermit',
    label: 'members.docType.hmtResidencePermit',
    aliases: ['港澳台居民居住证', '港澳居民居住证', '台湾居民居住证', '居住证'],
  },
  { value: 'passport', label: 'members.docType.passport', aliases: ['护照'] },
  {
    value: 'hkMacauPermit',
    label: 'members.docType.hkMacauPermit',
    aliases: ['港澳通行证', '回乡证', '港澳居民来往内地通行证'],
  },
  {
    value: 'taiwanPermit',
    label: 'members.docType.taiwanPermit',
    aliases: ['台胞证', '台湾居民来往大陆通行证'],
  },
  {
    value: 'foreignPermanentResident',
    label: 'members.docType.foreignPermanentResident',
    aliases: ['外国人永久居留证', '外国人永久居留身份证', '永久居留证'],
  },
  { value: 'other', label: 'members.docType.other', aliases: ['其他', '其它'] },
] as const satisfies readonly OptionDef<string>[];

/** Document types whose numbers follow GB 11643 and are checked with its rules. */
export const GB11643_DOC_TYPES: ReadonlySet<DocType> = new Set([
  'residentId',
  'hmtResidencePermit',
]);

export const EDUCATIONS = [
  { value: 'doctorate', label: 'members.education.doctorate', aliases: ['博士', '博士研究生'] },
  {
    value: 'master',
    label: 'members.education.master',
    aliases: ['硕士', '硕士研究生', '研究生'],
  },
  {
    value: 'bachelor',
    label: 'members.education.bachelor',
    aliases: ['本科', '大学', '大本', '大学本科'],
  },
  {
    value: 'college',
    label: 'members.education.college',
    aliases: ['大专', '专科', '高职', '大学专科'],
  },
  {
    value: 'secondaryVocational',
    label: 'members.education.secondaryVocational',
    aliases: ['中专', '中技', '技校', '职高', '中等专科', '技工学校', '中专/中技', '中专中技'],
  },
  { value: 'highSchool', label: 'members.education.highSchool', aliases: ['高中', '普高'] },
  { value: 'juniorHigh', label: 'members.education.juniorHigh', aliases: ['初中', '初中及以下'] },
  { value: 'primary', label: 'members.education.primary', aliases: ['小学', '小学以下', '文盲'] },
] as const satisfies readonly OptionDef<string>[];

/** GB/T 4762 political affiliations, in the standard's order. */
export const POLITICAL_STATUSES = [
  {
    value: 'cpcMember',
    label: 'members.political.cpcMember',
    aliases: ['党员', '中国共产党党员', '共产党员'],
  },
  {
    value: 'cpcProbationary',
    label: 'members.political.cpcProbationary',
    aliases: ['预备党员', '中国共产党预备党员'],
  },
  { value: 'cylMember', label: 'members.political.cylMember', aliases: ['团员', '共青团员'] },
  { value: 'rccKmt', label: 'members.political.rccKmt', aliases: ['民革'] },
  { value: 'cdl', label: 'members.political.cdl', aliases: ['民盟'] },
  { value: 'cndca', label: 'members.political.cndca', aliases: ['民建'] },
  { value: 'capd', label: 'members.political.capd', aliases: ['民进'] },
  { value: 'cpwdp', label: 'members.political.cpwdp', aliases: ['农工党'] },
  { value: 'zhigong', label: 'members.political.zhigong', aliases: ['致公党'] },
  { value: 'jiusan', label: 'members.political.jiusan', aliases: ['九三学社'] },
  { value: 'taimeng', label: 'members.political.taimeng', aliases: ['台盟'] },
  { value: 'nonParty', label: 'members.political.nonParty', aliases: ['无党派', '无党派人士'] },
  { value: 'masses', label: 'members.political.masses', aliases: ['群众', '普通群众', '无'] },
] as const satisfies readonly OptionDef<string>[];

export const EMPLOYMENT_STATUSES = [
  { value: 'onDuty', label: 'members.employment.onDuty', aliases: ['在职', '在岗职工'] },
  { value: 'awaitingPost', label: 'members.employment.awaitingPost', aliases: [] },
  { value: 'unemployed', label: 'members.employment.unemployed', aliases: [] },
  { value: 'retired', label: 'members.employment.retired', aliases: [] },
  { value: 'offDutyRetired', label: 'members.employment.offDutyRetired', aliases: [] },
  { value: 'resigned', label: 'members.employment.resigned', aliases: [] },
  {
    value: 'internalRetired',
    label: 'members.employment.internalRetired',
    aliases: ['内部退养', '内部退休'],
  },
  { value: 'sickLeave', label: 'members.employment.sickLeave', aliases: ['病退', '长期病休'] },
  { value: 'other', label: 'members.employment.other', aliases: ['其它'] },
] as const satisfies readonly OptionDef<string>[];

/** 户籍类型: local or not × urban or rural. Rural household registration is what 农民工 implies. */
export const HOUSEHOLD_TYPES = [
  {
    value: 'localUrban',
    label: 'members.household.localUrban',
    aliases: ['本地城镇户口', '本市城镇', '本地非农业', '本地非农'],
  },
  {
    value: 'localRural',
    label: 'members.household.localRural',
    aliases: ['本地农村户口', '本市农村', '本地农业'],
  },
  {
    value: 'nonLocalUrban',
    label: 'members.household.nonLocalUrban',
    aliases: ['外地城镇户口', '外埠城镇', '外地非农业', '外地非农'],
  },
  {
    value: 'nonLocalRural',
    label: 'members.household.nonLocalRural',
    aliases: ['外地农村户口', '外埠农村', '外地农业'],
  },
] as const satisfies readonly OptionDef<string>[];

export type DocType = (typeof DOC_TYPES)[number]['value'];
export type Education = (typeof EDUCATIONS)[number]['value'];
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number]['value'];
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number]['value'];
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number]['value'];

export function isRuralHousehold(value: HouseholdType | '' | undefined): boolean {
  return value === 'localRural' || value === 'nonLocalRural';
}

/**
 * The 56 ethnic groups (GB/T 3304 order). 民族 is stored as this text, as the official forms
 * write it; a value outside the list is kept but warned about (e.g. "穿青人", a typo).
 */
export const ETHNIC_GROUPS = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
] as const;

const ETHNIC_SET: ReadonlySet<string> = new Set(ETHNIC_GROUPS);

/**
 * The standard name of an ethnic group, or `undefined` if the text names none. Sheets often
 * leave out the final 族 ("汉", "蒙古") or write 蒙族 for 蒙古族.
 */
export function standardEthnicGroup(text: string): string | undefined {
  const value = text.trim();
  if (ETHNIC_SET.has(value)) return value;
  if (ETHNIC_SET.has(`${value}族`)) return `${value}族`;
  if (value === '蒙族' || value === '蒙') return '蒙古族';
  if (value === '维族' || value === '维') return '维吾尔族';
  return undefined;
}
