import { StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { t } from '../../../shared/i18n';
import { groupFingerprint } from '../../../shared/signing/fingerprint';
import { roleLabel } from '../../../shared/signing/keys';
import { usePlatform } from '../../app/AppContext';
import { errorText } from '../federation/useFederation';
import type { SigningKeyInfo } from '../../platform/types';

/**
 * 停用密钥: the way out for a key that can no longer sign — the system's key store cannot
 * decrypt it after a reinstall or on another account — or that may be in other hands. Rotation
 * is the better path while the old key works, so the confirmation says so first; 取消 has the
 * focus, as for every action that cannot be undone.
 */
export function RetireKeyButton({
  signingKey,
  onRetired,
}: {
  signingKey: SigningKeyInfo;
  onRetired: () => void;
}) {
  const platform = usePlatform();
  const { message, modal } = App.useApp();
  const { role, fingerprint } = signingKey;

  const confirm = () =>
    modal.confirm({
      title: t('reports.key.retireTitle', { role: roleLabel(role) }),
      content: (
        <>
          <p className="mono">{groupFingerprint(fingerprint)}</p>
          <p>{t('reports.key.retireWhen')}</p>
          <p>
            {t(
              role === 'union'
                ? 'reports.key.retireAfter.union'
                : 'reports.key.retireAfter.federation',
            )}
          </p>
        </>
      ),
      okText: t('reports.key.retireOk'),
      okButtonProps: { danger: true },
      autoFocusButton: 'cancel',
      width: 520,
      onOk: async () => {
        try {
          await platform.signing.retire(role, fingerprint);
          void message.success(t('reports.key.retired'));
        } catch (failure) {
          void message.error(errorText(failure));
        } finally {
          onRetired();
        }
      },
    });

  return (
    <Button danger icon={<StopOutlined />} onClick={confirm}>
      {t('reports.key.retire')}
    </Button>
  );
}
