import { ImportOutlined } from '@ant-design/icons';
import { App, Button, Select, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '../../../shared/i18n';
import type { Standard } from '../../../shared/standard/model';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { listStandards } from '../../db/standards';
import { PlatformError } from '../../platform/types';
import { useAssessmentActions } from './useAssessmentActions';

/** A standard file is a small JSON document; anything this large is not one. */
const MAX_STANDARD_BYTES = 2 * 1024 * 1024;

/**
 * The standard a year is scored by: the built-in one, or a federation's file imported here
 * (validated; a bad file is refused with the reason). Fixed once the year is finalised.
 */
export function StandardPicker({
  year,
  standard,
  locked,
}: {
  year: number;
  standard: Standard;
  locked: boolean;
}) {
  const db = useDatabase();
  const platform = usePlatform();
  const actions = useAssessmentActions();
  const { message } = App.useApp();
  const standards = useLiveQuery(() => listStandards(db), [db]);
  const key = (s: { code: string; version: string }) => `${s.code}@${s.version}`;

  const importFile = async () => {
    try {
      const [file] = await platform.openFiles({
        filters: [{ name: 'JSON', extensions: ['json'] }],
        multiple: false,
        title: t('assessmentUi.standard.import'),
        maxBytes: MAX_STANDARD_BYTES,
      });
      if (!file) return;
      const result = await actions.importStandard(new TextDecoder().decode(file.data));
      if (!result.ok) {
        void message.error(result.message);
        return;
      }
      await actions.chooseStandard(year, {
        code: result.standard.id,
        version: result.standard.version,
      });
      void message.success(
        t('assessmentUi.standard.imported', {
          name: result.standard.name,
          version: result.standard.version,
          year,
        }),
      );
    } catch (error) {
      void message.error(
        error instanceof PlatformError || error instanceof Error ? error.message : String(error),
      );
    }
  };

  return (
    <Space wrap>
      <Select
        aria-label={t('assessmentUi.standard')}
        style={{ minWidth: 320 }}
        disabled={locked}
        value={key({ code: standard.id, version: standard.version })}
        options={(standards ?? []).map((s) => ({
          value: key(s),
          label: t('assessmentUi.standard.version', { name: s.name, version: s.version }),
        }))}
        onChange={(value: string) => {
          const chosen = standards?.find((s) => key(s) === value);
          if (!chosen) return;
          void actions
            .chooseStandard(
              year,
              chosen.builtIn ? null : { code: chosen.code, version: chosen.version },
            )
            .catch(
              (error: unknown) =>
                void message.error(error instanceof Error ? error.message : String(error)),
            );
        }}
      />
      <Button icon={<ImportOutlined />} disabled={locked} onClick={() => void importFile()}>
        {t('assessmentUi.standard.import')}
      </Button>
    </Space>
  );
}
