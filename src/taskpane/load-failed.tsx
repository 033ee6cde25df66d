import type { ReactElement } from 'react';
import type { Language } from '../domain/fields';
import { ENTRY_TEXTS } from './entry-texts';


/**
 * When a chunk of the pane itself did not arrive: plain HTML, since Fluent may be what is
 * missing. What was typed is in the draft store (saved after every edit), so reloading keeps it.
 */
export function LoadFailed(props: { readonly language: Language; readonly className?: string }): ReactElement {
  const text = ENTRY_TEXTS[props.language];
  return (
    <div className={props.className ?? 'boot'}>
      <p role="alert">{text.loadFailed}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {text.reload}
      </button>
    </div>
  );
}
