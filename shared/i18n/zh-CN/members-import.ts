/**
 * The member import dialog (renderer/features/members/import/): choosing and reading the file,
 * refusals, the column mapping, the preview, writing and the result. Messages about single
 * cells and rows are `members.cell.*` and `members.import.*` in members.ts.
 */
export const membersImport = {
  'memberImport.title': '导入会员',
  'memberImport.titleFile': '导入会员：{name}',
  'memberImport.step.choose': '选择文件',
  'memberImport.step.mapping': '核对列',
  'memberImport.step.preview': '预览',
  'memberImport.step.write': '导入',

  'memberImport.choose.intro':
    '可以导入 Excel 或 WPS 表格（.xlsx、.xls）、.ods，以及 .csv 文件（UTF-8 或 GBK 编码都可以）。表格上方可以有标题行，程序会自动找到表头。导入前会先显示每一行的检查结果，您确认后才写入会员名册。',
  'memberImport.choose.button': '选择文件…',
  'memberImport.choose.dialogTitle': '选择要导入的会员表格',
  'memberImport.choose.filter': '表格文件',
  'memberImport.choose.tip':
    '身份证号一列请设置为“文本”格式，否则 Excel 会把 18 位号码的最后几位变成 0。',

  'memberImport.stage.decode': '正在读取文件…',
  'memberImport.stage.parse': '正在解析表格（大文件需要几秒钟）…',
  'memberImport.stage.rows': '正在整理表格数据…',
  'memberImport.stage.preview': '正在逐行检查…',
  'memberImport.stage.send': '正在准备预览（{done}/{total} 行）…',
  'memberImport.reading': '正在读取“{name}”',
  'memberImport.cancel': '取消',
  'memberImport.close': '关闭',
  'memberImport.back': '上一步',
  'memberImport.pickAnother': '重新选择文件',

  'memberImport.refused.title': '无法导入这个文件',
  'memberImport.refused.notSpreadsheet':
    '“{name}”不是表格文件，无法导入。请选择 Excel 或 WPS 表格文件（.xlsx、.xls）、.ods 或 .csv 文件。',
  'memberImport.refused.encrypted':
    '“{name}”设置了打开密码，程序无法读取。请在 Excel 或 WPS 中打开它，取消密码后另存一份（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码；WPS：文件 → 文档加密 → 密码加密），再导入另存的文件。',
  'memberImport.refused.empty': '“{name}”是空的，里面没有任何数据。请确认选择了正确的文件。',
  'memberImport.refused.damaged':
    '“{name}”无法读取，文件可能已损坏或不完整。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。',
  'memberImport.refused.noHeader':
    '在“{name}”中没有找到表头行（已查看 {sheets} 个工作表的前 30 行）。表头至少要有“姓名”和“身份证号”两列（也可以写作“证件号码”“公民身份号码”），还可以有：{optional}。请在表格中加上表头行，或先导出空白模板，把数据粘贴进去再导入。',
  'memberImport.refused.failed':
    '读取“{name}”时出错，没有导入任何数据。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
  'memberImport.refused.worker':
    '读取表格的后台程序出错，没有导入任何数据。请关闭这个窗口后重试；文件很大时，可以先拆分成几个较小的文件。',

  'memberImport.source.csv': 'CSV 文本（{encoding} 编码）',
  'memberImport.source.book': '工作表“{sheet}”',
  'memberImport.encoding.utf-8': 'UTF-8',
  'memberImport.encoding.utf-16le': 'UTF-16',
  'memberImport.encoding.utf-16be': 'UTF-16',
  'memberImport.encoding.gb18030': 'GBK',

  'memberImport.mapping.sheet': '工作表',
  'memberImport.mapping.sheetUsed':
    '共有 {count} 个工作表，已使用“{sheet}”：它的表头最像会员名册。如果会员数据在别的工作表，请在这里换一个。',
  'memberImport.mapping.sheetOption': '{sheet}（可识别 {score} 列）',
  'memberImport.mapping.sheetOptionNone': '{sheet}（没有表头）',
  'memberImport.mapping.sheetHidden': '{sheet}（隐藏）',
  'memberImport.mapping.sheetNoHeader':
    '工作表“{sheet}”中没有找到表头行（至少要有“姓名”和“身份证号”两列）。请换一个工作表。',
  'memberImport.mapping.headerAt':
    '{source}：表头在第 {row} 行，下面有 {rows} 行数据。请核对每一列导入为哪一项，不需要的列选“不导入”。',
  'memberImport.mapping.col.column': '列',
  'memberImport.mapping.col.header': '表格中的列名',
  'memberImport.mapping.col.field': '导入为',
  'memberImport.mapping.col.note': '说明',
  'memberImport.mapping.required': '必需',
  'memberImport.mapping.duplicate': '与 {columns} 列重复',
  'memberImport.mapping.blankHeader': '（空白列名）',
  'memberImport.mapping.selectLabel': '{column} 列“{header}”导入为',
  'memberImport.mapping.summary':
    '按现在的对应：可导入 {ready} 行，有错误 {errors} 行，文件内重复 {duplicates} 行，名册中已有 {existing} 行。',
  'memberImport.mapping.checking': '正在按新的对应重新检查…',
  'memberImport.mapping.next': '下一步：预览',
  'memberImport.mapping.fixFirst': '请先改正上面标红的问题',

  'memberImport.status.ok': '可导入',
  'memberImport.status.warning': '有警告',
  'memberImport.status.error': '有错误',
  'memberImport.status.duplicateInFile': '文件内重复',
  'memberImport.status.duplicateOfExisting': '名册中已有',
  'memberImport.filter.all': '全部 {count}',
  'memberImport.filter.ready': '可导入 {count}',
  'memberImport.filter.warning': '有警告 {count}',
  'memberImport.filter.error': '有错误 {count}',
  'memberImport.filter.duplicateInFile': '文件内重复 {count}',
  'memberImport.filter.duplicateOfExisting': '名册中已有 {count}',
  'memberImport.filter.label': '按检查结果筛选',

  'memberImport.preview.col.row': '行',
  'memberImport.preview.col.status': '检查结果',
  'memberImport.preview.col.name': '姓名',
  'memberImport.preview.col.docNumber': '证件号码',
  'memberImport.preview.col.messages': '问题和提示',
  'memberImport.preview.none': '—',
  'memberImport.preview.empty': '没有这一类的行。',
  'memberImport.preview.blankRows': '另有 {count} 个空行，已跳过。',
  'memberImport.preview.masked': '证件号码只显示前 6 位和后 4 位。',
  'memberImport.preview.receiving': '正在接收预览（{done}/{total} 行）…',
  'memberImport.preview.duplicates': '名册中已有的 {count} 位会员：',
  'memberImport.preview.skip': '跳过，保留名册中的信息',
  'memberImport.preview.update': '用表格中的信息更新',
  'memberImport.preview.plan':
    '确认后将新增 {add} 位会员，更新 {update} 位，跳过 {skip} 位；{rejected} 行有错误或重复，不会导入。写入前会先保存一份安全副本。',
  'memberImport.preview.nothing': '没有可以导入的行。请下载错误清单，按清单改正表格后重新导入。',
  'memberImport.preview.adjust': '调整列对应',
  'memberImport.preview.errorList': '下载错误清单',
  'memberImport.preview.confirm': '确认导入',

  'memberImport.writing.safety': '正在保存导入前的安全副本，并写入会员名册…',
  'memberImport.writing.progress': '正在写入会员名册（{done}/{total}）…',
  'memberImport.writing.cancelling': '正在取消…',
  'memberImport.writing.cancelled': '已取消导入，会员名册没有改动。',
  'memberImport.writing.failed':
    '导入没有完成，会员名册没有改动。原因：{reason} 请检查磁盘空间和备份文件夹（设置 → 备份与恢复）后重试。',

  'memberImport.done.title': '导入完成',
  'memberImport.done.summary':
    '新增 {added} 位会员，更新 {updated} 位，跳过 {skipped} 位（名册中已有）；{rejected} 行有错误或重复，没有导入。',
  'memberImport.done.safetyCopy':
    '导入前的数据已保存为安全副本“{name}”，需要时可以在“设置 → 备份与恢复”中恢复。',
  'memberImport.done.noSafetyCopy': '会员名册原来是空的，所以没有保存安全副本。',
  'memberImport.done.rejectedHint': '没有导入的行可以下载错误清单，改正后再导入这些行。',

  'memberImport.errorList.sheet': '错误清单',
  'memberImport.errorList.fileName': '错误清单_{name}',
  'memberImport.errorList.title': '“{name}”导入检查的错误清单（{date}）',
  'memberImport.errorList.filter': 'Excel 工作簿',
  'memberImport.errorList.col.row': '行号',
  'memberImport.errorList.col.name': '姓名',
  'memberImport.errorList.col.docNumber': '证件号码（部分隐藏）',
  'memberImport.errorList.col.result': '检查结果',
  'memberImport.errorList.col.column': '列',
  'memberImport.errorList.col.header': '列名',
  'memberImport.errorList.col.level': '级别',
  'memberImport.errorList.col.message': '问题',
  'memberImport.errorList.level.error': '错误',
  'memberImport.errorList.level.warning': '警告',
  'memberImport.errorList.saved': '错误清单已保存为“{name}”。',
  'memberImport.errorList.failed':
    '错误清单没有生成。请重试；仍不行时，可以在预览中按“有错误”筛选查看。',
} as const;
