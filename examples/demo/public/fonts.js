// When the language chosen in a form uses a script this device has no font for (Khmer, Myanmar, Thai, Lao), says so,
// in English and in that language, and offers the font files this site serves itself (Noto, SIL Open Font Licence:
// fonts/OFL.txt). Never a third-party font service. The choice is remembered on this device (no personal data).
const SCRIPTS = {
  km: {
    name: 'Khmer',
    sample: 'ក',
    family: 'Noto Sans Khmer',
    files: [
      { url: 'fonts/noto-sans-khmer-khmer-400-normal.woff2', weight: '400' },
      { url: 'fonts/noto-sans-khmer-khmer-700-normal.woff2', weight: '700' },
    ],
    range: 'U+1780-17FF, U+19E0-19FF, U+200C-200D, U+25CC',
    native: 'ឧបករណ៍នេះមិនអាចបង្ហាញអក្សរខ្មែរបានទេ។',
  },
  my: { name: 'Myanmar', sample: 'က', native: 'ဤစက်တွင် မြန်မာစာ မပြနိုင်ပါ။' },
  th: { name: 'Thai', sample: 'ก', native: 'อุปกรณ์นี้แสดงอักษรไทยไม่ได้' },
  lo: { name: 'Lao', sample: 'ກ', native: 'ອຸປະກອນນີ້ບໍ່ສາມາດສະແດງອັກສອນລາວໄດ້' },
};
const NOTICE_ID = 'site-font-notice';
const remembered = (lang) => `homeward-font-${lang}`;

/** Draws one character; a device without a font for it draws the same "missing glyph" box as for U+FFFF. */
function pixels(text) {
  const canvas = document.createElement('canvas');
  canvas.width = 40;
  canvas.height = 40;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return '';
  context.font = `32px ${getComputedStyle(document.documentElement).fontFamily}`;
  context.fillText(text, 4, 32);
  return context.getImageData(0, 0, 40, 40).data.join(',');
}

export function canRender(sample) {
  return pixels(sample) !== pixels('\uFFFF');
}

async function loadSiteFont(lang) {
  const script = SCRIPTS[lang];
  if (!script?.files) return false;
  const faces = script.files.map(
    (file) =>
      new FontFace(script.family, `url(${new URL(file.url, document.baseURI)}) format("woff2")`, {
        weight: file.weight,
        unicodeRange: script.range,
      }),
  );
  await Promise.all(faces.map((face) => face.load()));
  for (const face of faces) document.fonts.add(face);
  localStorage.setItem(remembered(lang), '1');
  return true;
}

function removeNotice() {
  document.getElementById(NOTICE_ID)?.remove();
}

function offer(lang) {
  const script = SCRIPTS[lang];
  removeNotice();
  const notice = document.createElement('div');
  notice.id = NOTICE_ID;
  notice.className = 'site-notice';
  notice.setAttribute('role', 'status');
  notice.dataset.script = lang;
  const native = document.createElement('p');
  native.lang = lang;
  native.textContent = script.native;
  const english = document.createElement('p');
  english.lang = 'en';
  english.textContent = `This device cannot show ${script.name} script.`;
  notice.append(native, english);
  if (script.files) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Use this site's ${script.name} font`;
    button.addEventListener('click', async () => {
      button.disabled = true;
      const loaded = await loadSiteFont(lang).catch(() => false);
      if (loaded && canRender(script.sample)) removeNotice();
      else {
        button.disabled = false;
        english.textContent = `This device cannot show ${script.name} script. The ${script.name} font could not be loaded: try again when you are online.`;
      }
    });
    const action = document.createElement('p');
    action.append(button);
    notice.append(action);
  }
  document.querySelector('main')?.prepend(notice);
}

/** The languages in use: the page's and every form's (the in-form language switch sets the form's `lang`). */
function languagesInUse() {
  const elements = [...document.querySelectorAll('[lang]')].filter((el) => !el.closest(`#${NOTICE_ID}`));
  const langs = [document.documentElement.lang, ...elements.map((el) => el.lang)];
  return [...new Set(langs.map((l) => l.split('-')[0]).filter((l) => l in SCRIPTS))];
}

async function check() {
  const missing = [];
  for (const lang of languagesInUse()) {
    if (canRender(SCRIPTS[lang].sample)) continue;
    if (localStorage.getItem(remembered(lang)) && (await loadSiteFont(lang).catch(() => false))) continue;
    if (!canRender(SCRIPTS[lang].sample)) missing.push(lang);
  }
  if (missing[0]) {
    if (document.getElementById(NOTICE_ID)?.dataset.script !== missing[0]) offer(missing[0]);
  } else removeNotice();
}

new MutationObserver(() => void check()).observe(document.body, {
  subtree: true,
  attributes: true,
  attributeFilter: ['lang'],
});
void check();
