/**
 * The union's and the federation's signing keys (desktop: electron/signing-keys.ts; browser:
 * renderer/platform/browser-signing.ts). `{role}` is one of the `signing.role.*` texts;
 * `{fingerprint}` is a key's fingerprint in groups of four; `{file}` is the key file's full path
 * (a technician needs it to act; it is never logged).
 */
export const signing = {
  'signing.role.union': '本工会签名密钥',
  'signing.role.federation': '回执签名密钥（上级工会）',

  'signing.error.activeExists':
    '已经有一把正在使用的{role}（指纹 {fingerprint}），同一用途只能有一把，没有新建密钥。',
  'signing.error.noActiveKey':
    '还没有正在使用的{role}。请先新建密钥，并把它的指纹登记到上级工会，然后再签名。',
  'signing.error.wrongType': '{role}不能签署这类内容（{payloadType}），已拒绝签名。',
  'signing.error.notCanonical':
    '要签名的内容不是规范格式，已拒绝签名。请重新生成后再试；如果问题持续，请联系技术人员。',
  'signing.error.badSubject':
    '更换声明中的单位信息不正确（统一社会信用代码应为 18 位数字或大写字母，单位名称不超过 200 字，日期格式为 YYYY-MM-DD），密钥没有更换。',

  'signing.error.encryptionUnavailable':
    '无法安全保存签名密钥：这台电脑的系统密钥保管服务现在不可用，没有新建密钥。Windows 请用自己的账户正常登录后再试；统信 UOS、麒麟等 Linux 请在图形桌面中登录（系统的“密钥环”或“钱包”服务需要在运行并已解锁），不要通过远程或命令行启动 UnionDesk。',
  'signing.error.keyLocked':
    '系统密钥保管服务现在不可用，无法使用签名密钥。请在图形桌面中登录并解锁系统的“密钥环”或“钱包”后，重新启动 UnionDesk 再试。',
  'signing.error.decryptFailed':
    '无法解开{role}（指纹 {fingerprint}）：它只能在创建它的电脑和系统账户上使用，系统的密钥环被重置后也会这样。请在原来的电脑和账户上签名；如果那台电脑和账户已不能使用，请在签名密钥页面点“停用密钥”，再新建密钥并重新登记。',
  'signing.error.fileCorrupt':
    '签名密钥文件已损坏或被改动，无法读取（{file}）。为保护其中的密钥，程序没有改写它。请从备份中恢复这个文件，或联系技术人员。',
  'signing.error.fileTooNew':
    '签名密钥文件是由较新版本的 UnionDesk 写入的（{file}），这个版本无法使用它，也没有改写它。请安装最新版本的 UnionDesk。',
  'signing.error.fileUnreadable':
    '无法读取签名密钥文件（{code}）：{file}。请确认当前系统账户可以读取这个文件，然后重试；程序没有改写它。',
  'signing.error.saveFailed':
    '签名密钥没有保存（{code}），原有的密钥保持不变。请确认磁盘空间充足、当前系统账户可以写入 UnionDesk 的数据文件夹，然后重试。',

  'signing.error.browserUnsupported':
    '这个浏览器不支持 Ed25519 签名，无法使用签名密钥。请使用新版 Chromium 或 Chrome。',
  'signing.error.storageFailed':
    '签名密钥没有保存到浏览器存储中（{detail}），原有的密钥保持不变。请确认浏览器没有处于无痕模式且磁盘空间充足，然后重试。',
  'signing.error.changed': '签名密钥刚刚在另一个窗口中被修改过，这次操作没有执行。请刷新后重试。',
} as const;
