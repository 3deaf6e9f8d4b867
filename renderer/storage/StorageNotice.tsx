import { Alert } from 'antd';
import { t } from '../../shared/i18n';
import { useStorageStatus } from '../app/AppContext';
import { formatBytesOrDash } from './persistence';

/** Shown above every page while free storage is low, before an import or backup fails. */
export function StorageNotice() {
  const status = useStorageStatus();
  if (!status?.low) return null;
  const free =
    status.quotaBytes !== null && status.usageBytes !== null
      ? formatBytesOrDash(status.quotaBytes - status.usageBytes)
      : '—';
  return (
    <Alert
      type="warning"
      showIcon
      className="page-alert"
      title={t('storage.lowTitle')}
      description={t('storage.lowBody', { free })}
    />
  );
}
