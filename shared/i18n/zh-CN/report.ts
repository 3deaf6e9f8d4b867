/**
 * The federation's side of the signed annual report: verifying report files (shared/report/
 * verify.ts, settle.ts, checks.ts), the key registry (registry.ts), receipts (receipt.ts), the
 * summary workbook (aggregate.ts) and the command-line verifier (cli/verify-reports.ts).
 * `{file}` is the report file's name; `{fingerprint}`, `{signer}`, `{expected}` and `{actual}` are
 * key fingerprints in groups of four; scores are points ("92.5").
 */
export const report = {
  // One report file's verdict, for the 核验结果 column and the summary.
  'report.verdictLabel.valid': '有效',
  'report.verdictLabel.unregistered': '密钥未登记',
  'report.verdictLabel.badSignature': '签名无效',
  'report.verdictLabel.malformed': '文件无法识别',
  'report.verdictLabel.wrongUnion': '密钥与工会不符',
  'report.verdictLabel.revoked': '密钥已停用',
  'report.verdictLabel.superseded': '已被新报告取代',
  'report.verdictLabel.duplicate': '重复报送',

  // The verdict explained.
  'report.verdict.valid':
    '“{file}”：签名有效，密钥已登记在{union}（{creditCode}）名下，是该工会 {year} 年度第 {sequence} 号报告，计入汇总。',
  'report.verdict.unregistered':
    '“{file}”：签名完好，但签名密钥（指纹 {fingerprint}）还没有在本会登记，不能确认报告确实来自{union}（{creditCode}，{year} 年度第 {sequence} 号）。请对照该工会盖章的密钥登记单核对指纹，一致后登记该密钥，再重新核验；不一致时请勿接收。',
  'report.verdict.wrongUnion':
    '“{file}”：签名密钥登记在{registeredUnion}（{registeredCode}）名下，报告却写的是{union}（{creditCode}，{year} 年度第 {sequence} 号）。一把密钥只能代表一个工会，这份报告不能接收。请与两家工会核实，必要时更正密钥登记。',
  'report.verdict.revoked':
    '“{file}”：{union}（{creditCode}）{year} 年度第 {sequence} 号报告生成于 {generatedOn}，而签名密钥自 {revokedFrom} 起已停用。请联系该工会用新登记的密钥重新导出报告。',
  'report.verdict.badSignature':
    '“{file}”：签名与内容不符，文件在签名后被改动过或已损坏，不能接收。请联系报送工会重新导出并报送原文件。',
  'report.verdict.keyMismatch':
    '“{file}”：文件中的密钥指纹与所附公钥不一致，文件被改动过，不能接收。请联系报送工会重新导出并报送原文件。',
  'report.verdict.tooLarge':
    '“{file}”：文件约 {size} MB，超过年度报告 {limit} MB 的上限，不是年度报告文件。请确认选择的是以 .uniondesk-report 结尾的报告文件。',
  'report.verdict.wrongType':
    '“{file}”：这是 UnionDesk 的其他文件（类型：{type}），不是年度报告。请选择以 .uniondesk-report 结尾的报告文件。',
  'report.verdict.damaged':
    '“{file}”：不是完整的 UnionDesk 年度报告文件（可能复制不完整、被其他程序打开后另存过，或根本不是报告文件），不能核验。请向报送工会索取原文件。',
  'report.verdict.badContent':
    '“{file}”：签名有效，但报告内容不符合年度报告格式（{detail}），可能由不兼容的 UnionDesk 版本生成。请联系报送工会升级后重新导出。',
  'report.verdict.duplicate': '“{file}”：与“{other}”是同一份文件（重复报送），只计一次，无需处理。',
  'report.verdict.duplicateConflict':
    '“{file}”：报告编号与“{other}”相同，内容却不同。同一编号只应有一份报告，这份不计入汇总。请联系报送工会确认哪一份是正式报告。',
  'report.verdict.received': '“{file}”：这份报告此前已经接收过，只计一次，无需处理。',
  'report.verdict.superseded':
    '“{file}”：{union} {year} 年度第 {sequence} 号报告已被同年度第 {newer} 号报告（“{newerFile}”）取代，不计入汇总，无需处理。',
  'report.verdict.supersededReceived':
    '“{file}”：{union} {year} 年度第 {sequence} 号报告已被此前接收的第 {newer} 号报告取代，不计入汇总，无需处理。',

  // Warnings that do not change the verdict.
  'report.problem.unknownStandard':
    '“{file}”：报告使用的评分标准“{standard}”（版本 {version}）不在本会认可的标准之列，得分不能与其他工会直接比较。请向该工会核实所用标准。',
  'report.problem.standardAltered':
    '“{file}”：报告使用的评分标准“{standard}”（版本 {version}）与本会发布的同版本标准内容不一致，可能被改动过。请向该工会核实，并请其换用本会发布的标准。',
  'report.problem.itemAboveMax':
    '“{file}”：“{item}”得分 {score} 分，超过该项满分 {max} 分。请联系报送工会核实。',
  'report.problem.totalMismatch':
    '“{file}”：各项得分之和为 {sum} 分，与报告的总分 {total} 分不符。请联系报送工会核实。',
  'report.problem.areaMismatch':
    '“{file}”：“{area}”下各项得分之和为 {sum} 分，与报告中该方面的得分 {score} 分不符。请联系报送工会核实。',
  'report.problem.rateAbove':
    '“{file}”：{rate}的分子 {numerator} 大于分母 {denominator}（超过 100%）。请联系报送工会核实职工人数或调查数据。',
  'report.rate.membership': '入会率',
  'report.rate.migrant': '农民工入会率',
  'report.rate.women': '女职工入会率',
  'report.rate.satisfaction': '“{survey}”满意率',

  // The key registry.
  'report.registry.unreadable':
    '密钥登记文件无法读取：它不是 UTF-8 编码的 JSON 文件。请选择由 UnionDesk 导出的密钥登记文件。',
  'report.registry.invalid':
    '密钥登记文件的内容不符合格式（{detail}）。请重新从 UnionDesk 导出密钥登记文件，不要手工修改。',
  'report.registry.duplicateKey':
    '密钥登记文件中，指纹 {fingerprint} 登记了不止一次，无法确定它属于哪家工会。请在 UnionDesk 中核对该密钥的登记后重新导出。',
  'report.rotation.badNewKey':
    '密钥更换声明中的新公钥与其指纹不符，声明被改动过，没有登记新密钥。请向该工会索取原声明文件。',
  'report.rotation.signerMismatch':
    '密钥更换声明写的旧密钥（指纹 {stated}）不是签署它的密钥（指纹 {signer}），没有登记新密钥。请向该工会索取原声明文件。',
  'report.rotation.notActiveSigner':
    '密钥更换声明由指纹 {signer} 的密钥签署，但它不是{union}（{creditCode}）在本会登记、正在使用的密钥，没有登记新密钥。请该工会提交盖章的密钥登记单，按新登记办理。',
  'report.rotation.newKeyTaken':
    '声明中的新密钥（指纹 {fingerprint}）已登记在{union}（{creditCode}）名下，不能再登记给另一家工会。请与两家工会核实。',
  'report.rotation.newKeyRevoked':
    '声明中的新密钥（指纹 {fingerprint}）此前已被停用，不能重新启用。请该工会新建密钥并提交盖章的登记单。',

  // Receipts, as the union's app opens them.
  'report.receipt.notReceipt':
    '这不是回执文件（类型：{type}）。请选择上级工会发来的、以 .uniondesk-receipt 结尾的回执文件。',
  'report.receipt.damaged':
    '回执文件不完整或不是 UnionDesk 回执，无法读取。请向上级工会索取原回执文件。',
  'report.receipt.badSignature':
    '回执的签名与内容不符，文件在签发后被改动过，不能使用。请向上级工会索取原回执文件。',
  'report.receipt.wrongFederation':
    '回执的签发密钥（指纹 {actual}）不是本会登记的上级工会密钥（指纹 {expected}），没有接受这份回执。请与上级工会电话核对密钥指纹。',
  'report.receipt.badContent':
    '回执签名有效，但内容不符合回执格式（{detail}），可能由不兼容的版本生成。请联系上级工会重新签发。',

  // The summary workbook.
  'report.sheet.summary': '汇总',
  'report.sheet.problems': '问题清单',
  'report.column.unionName': '工会名称',
  'report.column.creditCode': '统一社会信用代码',
  'report.column.year': '年度',
  'report.column.sequence': '报告序号',
  'report.column.total': '总分',
  'report.column.max': '满分',
  'report.column.band': '等次',
  'report.column.members': '会员人数',
  'report.column.membershipRate': '入会率',
  'report.column.migrantRate': '农民工入会率',
  'report.column.satisfaction': '满意率',
  'report.column.meetings': '会议次数',
  'report.column.quorumMeetings': '达到法定人数的会议',
  'report.column.result': '核验结果',
  'report.column.file': '文件',
  'report.column.union': '工会',
  'report.column.explanation': '说明',
  'report.gate.pass': '通过',
  'report.gate.fail': '未通过',
  'report.gate.unknown': '待确认',
  'report.band.none': '未达等次',
  'report.result.withProblems': '{result}（{count} 条提示，见问题清单）',
  'report.result.warning': '提示',

  // The command-line verifier (uniondesk-verify).
  'report.cli.usage':
    '用法：uniondesk-verify --registry <密钥登记文件.json> [--xlsx <汇总.xlsx>] [--json <结果.json>] [--standards <标准文件.json>]… <报告文件或文件夹>…\n文件夹中所有以 .uniondesk-report 结尾的文件都会被核验（含子文件夹）。\n全部有效时退出码为 0，有任何一份无效时为 1，参数或登记文件有误时为 2。',
  'report.cli.missingRegistry':
    '缺少 --registry：请指定从 UnionDesk 导出的密钥登记文件，核验需要它来确认报告来自哪家工会。',
  'report.cli.unknownOption': '不认识的参数“{option}”。请对照下面的用法检查命令。',
  'report.cli.missingValue': '参数 {option} 后面缺少文件名。请对照下面的用法检查命令。',
  'report.cli.noFiles':
    '没有找到要核验的报告文件（.uniondesk-report）。请在命令最后指定报告文件，或存放报告的文件夹。',
  'report.cli.cannotRead': '无法读取“{path}”（{detail}）。请检查路径是否正确、是否有读取权限。',
  'report.cli.registryProblem': '密钥登记文件“{path}”：{detail}',
  'report.cli.standardProblem': '评分标准文件“{path}”：{detail}',
  'report.cli.cannotWrite':
    '无法写入“{path}”（{detail}）。请检查文件夹是否存在、是否有写入权限，以及该文件是否正在被 Excel 打开。',
  'report.cli.summary': '共核验 {total} 份报告文件：',
  'report.cli.summaryLine': '  {label}：{count} 份',
  'report.cli.attention': '以下文件需要处理或留意：',
  'report.cli.allValid': '全部报告核验有效。',
  'report.cli.wroteXlsx': '汇总表已保存到“{path}”。',
  'report.cli.wroteJson': '核验结果已保存到“{path}”。',
} as const;
