import type { ReactElement } from 'react';
import type { Language } from '../domain/fields';

const LOAD_FAILED: Readonly<Record<Language, { readonly text: string; readonly reload: string }>> = {
  nl: { text: 'Het taakvenster kon niet volledig worden geladen. Controleer de netwerkverbinding en laad het opnieuw.', reload: 'Opnieuw laden' },
  en: { text: 'The task pane could not be loaded completely. Check the network connection and load it again.', reload: 'Load again' },
};

/**
 * When a chunk of the pane itself did not arrive: plain HTML, since Fluent may be what is
 * missing. What was typed is in the draft store (saved after every edit), so reloading keeps it.
 */
export function LoadFailed(props: { readonly language: Language; readonly className?: string }): ReactElement {
  const text = LOAD_FAILED[props.language];
  return (
    <div className={props.className ?? 'boot'}>
      <p role="alert">{text.text}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {text.reload}
      </button>
    </div>
  );
}
