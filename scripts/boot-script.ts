import { createHash } from 'node:crypto';
import { LANGUAGES } from '../src/ui/i18n/languages.ts';

/**
 * The one script inside the page, run before it is first painted (the policy allows it by
 * its hash). It sets the theme, so that a dark-mode reader never sees a light flash, and it
 * hides the pre-rendered story where the app will draw something else: any option in the
 * address (an embed, present mode, an event, another story or language), or a browser that
 * prefers a language of the interface other than English. Tracking options do not count.
 * The page then shows its loading state instead, in the reader's language.
 * It also starts fetching the story while the scripts load: the file of `?data=`, or, where
 * the pre-render stays, the default story from the template `#newsline-preload` placed before
 * it in the page.
 */
export function bootScript(): string {
  const languages = JSON.stringify(LANGUAGES);
  return [
    '(()=>{',
    'const root=document.documentElement,query=new URLSearchParams(location.search),theme=query.get("theme");',
    'root.dataset.theme=theme==="light"||theme==="dark"?theme:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";',
    'let off=[...query.keys()].some((key)=>!/^(utm_.*|fbclid|gclid)$/.test(key));',
    // The interface's language, as the app chooses it (chooseLanguage): the page's loading
    // state speaks it, and the English story as sent is shown only to English readers.
    `const ours=(tag)=>{const language=(tag||"").toLowerCase().split("-")[0];return ${languages}.includes(language)?language:null};`,
    'let language=ours(query.get("lang"));',
    'for(const tag of navigator.languages||[]){if(language)break;language=ours(tag)}',
    'language=language||"en";root.lang=language;if(language!=="en")off=true;',
    'if(off)root.dataset.prerender="off";',
    // The story is fetched while the scripts load, not after: the one of `?data=` (an http(s)
    // address, as the app reads it), else the default one when its pre-render is shown.
    'const data=(query.get("data")||"").trim();',
    'if(data){try{const url=new URL(data,location.href);if(/^https?:$/.test(url.protocol)){',
    'const link=document.createElement("link");link.rel="preload";link.as="fetch";link.crossOrigin="anonymous";link.href=url.href;document.head.append(link)}}catch{}}',
    'else if(!off){const preload=document.getElementById("newsline-preload");if(preload)document.head.append(preload.content.cloneNode(true))}',
    '})()',
  ].join('');
}

/** The script's hash, as the Content-Security-Policy names it. */
export function bootScriptHash(): string {
  return `'sha256-${createHash('sha256').update(bootScript()).digest('base64')}'`;
}
