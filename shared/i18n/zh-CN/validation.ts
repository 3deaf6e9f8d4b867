/**
 * Messages of the shared validation rules (ID numbers, credit codes, phones, the union profile).
 * Chinese is the source language; `{name}` marks a parameter filled in by `t()`.
 * Each message says what is wrong and what to do about it.
 */
export const validation = {
  'field.required': '请填写{field}。',
  'field.tooLong': '{field}不能超过 {max} 个字（现在是 {length} 个字），请精简。',
  'field.countRequired': '请填写{field}；没有请填 0。',
  'field.countInvalid': '{field}应为不小于 0 的整数，请核对。',
  'field.countExceedsTotal': '{field}（{value} 人）不能多于职工总数（{total} 人），请核对。',
  'field.dateFormat': '{field}应按“年-月-日”填写，例如 2015-07-01。',
  'field.dateInvalid': '{field} {date} 不是有效的日期，请核对。',
  'field.dateFuture': '{field} {date} 晚于今天，请核对。',

  'residentId.empty': '请填写身份证号。',
  'residentId.excelNumber':
    '这个身份证号在 Excel 里被存成了数字，最后几位已经丢失（变成 0 或科学计数法），无法核对。请在 Excel 中把这一列的格式设为“文本”，再重新输入完整号码。',
  'residentId.badChar': '身份证号第 {position} 位“{char}”不是数字，请核对。',
  'residentId.misplacedX':
    '身份证号只有第 18 位（最后一位）可以是 X，现在第 {position} 位是 X，请核对。',
  'residentId.length': '身份证号应为 18 位（现在是 {length} 位），请核对。',
  'residentId.badBirthDate': '身份证号中的出生日期 {date} 不存在，请核对第 7–14 位。',
  'residentId.futureBirthDate': '身份证号中的出生日期 {date} 晚于今天，请核对第 7–14 位。',
  'residentId.checkChar': '身份证号校验位错误（应为 {expected}），请逐位核对号码。',
  'residentId.birthDateMismatch':
    '身份证号中的出生日期是 {fromId}，与填写的出生日期 {entered} 不一致，请核对。',
  'residentId.sexMismatchMale': '身份证号显示为男性，与填写的性别“女”不一致，请核对。',
  'residentId.sexMismatchFemale': '身份证号显示为女性，与填写的性别“男”不一致，请核对。',

  'creditCode.empty': '请填写统一社会信用代码。',
  'creditCode.length': '统一社会信用代码应为 18 位（现在是 {length} 位），请对照证书核对。',
  'creditCode.badChar': '第 {position} 位“{char}”不是统一社会信用代码允许的字符，请对照证书核对。',
  'creditCode.confusableChar':
    '第 {position} 位“{char}”不是统一社会信用代码允许的字符（代码中不用字母 I、O、Z、S、V），可能是“{suggestion}”，请对照证书核对。',
  'creditCode.checkChar':
    '统一社会信用代码的校验位与计算结果不符（按规则最后一位应为 {expected}）。少数早期代码不符合校验规则但仍然有效，请对照证书逐位核对；核对无误可确认后保存。',
  'creditCode.notUnion':
    '工会法人的统一社会信用代码以 81 开头，这个代码以 {prefix} 开头。请确认填写的是工会法人资格证书上的代码，而不是单位营业执照上的代码。',

  'phone.empty': '请填写电话号码。',
  'phone.badChar': '电话号码中有不能识别的字符“{char}”，请只填写数字，可用空格或“-”分隔。',
  'phone.mobileLength': '手机号应为 11 位（现在是 {length} 位），请核对。',
  'phone.mobilePrefix': '手机号应以 13–19 开头，请核对。',
  'phone.landlineNeedsArea': '固定电话请加上区号，例如 0571-87654321。',
  'phone.landlineArea': '区号“{area}”不正确：区号以 0 开头，共 3 或 4 位（如 010、0755），请核对。',
  'phone.landlineNumber': '固定电话号码“{number}”应为 7 或 8 位数字，且不以 0 开头，请核对。',
  'phone.extension': '分机号“{extension}”应为 1–6 位数字，请核对。',
  'phone.contactInvalid':
    '联系电话格式不正确。请填写 11 位手机号，或带区号的固定电话（如 010-12345678、0755-1234567-801）。',

  'profile.field.unionName': '工会名称',
  'profile.field.employerName': '单位名称',
  'profile.field.creditCode': '工会统一社会信用代码',
  'profile.field.employerCreditCode': '单位统一社会信用代码',
  'profile.field.parentUnion': '上级工会',
  'profile.field.industry': '所属行业',
  'profile.field.region': '所在地区',
  'profile.field.foundedOn': '成立日期',
  'profile.field.chairName': '工会主席',
  'profile.field.contactPhone': '联系电话',
  'profile.field.workforceTotal': '职工总数',
  'profile.field.workforceWomen': '女职工人数',
  'profile.field.workforceMigrant': '农民工人数',
  'profile.sameCreditCode':
    '工会的统一社会信用代码与单位的相同。工会法人有自己的代码（以 81 开头），请按工会法人资格证书填写。',
} as const;
