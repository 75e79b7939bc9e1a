export interface SettingsNoticeProps {
  /** Plain names of the settings that were reset. */
  names: string[];
}

/** The one-time notice that some settings could not be read and were reset. */
export function SettingsNotice({ names }: SettingsNoticeProps) {
  return (
    <div class="panel notice" role="alert">
      These settings could not be read and were reset to their defaults: {names.join(', ')}.
    </div>
  );
}
