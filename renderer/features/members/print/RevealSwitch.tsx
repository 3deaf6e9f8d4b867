import { Alert, Switch } from 'antd';
import { t } from '../../../../shared/i18n';

/** The print previews' choice to show full ID numbers and phones (masked unless chosen). */
export function RevealSwitch({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="print-reveal">
      <Switch size="small" checked={checked} onChange={onChange} />
      <span>{t('report.roster.showFull')}</span>
    </label>
  );
}

/** Shown above the sheet while full numbers are revealed; never printed. */
export function RevealWarning() {
  return <Alert type="warning" showIcon title={t('report.roster.fullWarning')} />;
}
