/**
 * The read-only parts of a case, as templates: person, consent, screening in words, documents and needs. Pure
 * functions of the case and the element's localizer, so <hw-case-view> stays about the work (status, notes).
 */
import type { IntakeRecord } from '@homeward/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../shared/localize/localize-controller.js';
import type { CaseDetail, Partner } from '../api/contract.js';
import { fieldValueText } from '../shared/field-value.js';

type L = LocalizeController;
/** A section heading at the element's level, with the id its section is labelled by. */
export type Heading = (text: string, id: string) => TemplateResult;

/** A label from core's catalogue when there is one, else the key's last part (never an empty cell). */
export function labelOr(l: L, key: string, fallback: string): string {
  return l.has(key) ? l.t(key) : fallback;
}

const field = (l: L, path: string, value: unknown) =>
  value === undefined
    ? nothing
    : html`<dt>${labelOr(l, `intake.${path}.label`, path)}</dt><dd>${fieldValueText(l, path, value)}</dd>`;

export function personSection(l: L, record: IntakeRecord, heading: Heading) {
  const p = record.person;
  return html`<section part="person" aria-labelledby="person-h">
    ${heading(l.t('staff.case.person'), 'person-h')}
    <dl>
      ${field(l, 'person.fullName', p.fullName)} ${field(l, 'person.latinName', p.latinName)}
      ${field(l, 'person.sex', p.sex)} ${field(l, 'person.birthDate', p.birthDate)} ${field(l, 'person.age', p.age)}
      ${field(l, 'person.citizenship', p.citizenship)} ${field(l, 'person.languages', p.languages)}
      ${field(l, 'person.phones', p.phones)} ${field(l, 'registrationDate', record.registrationDate)}
      ${field(l, 'office', record.office)} ${field(l, 'channel', record.channel)}
    </dl>
  </section>`;
}

type Consent = { given: boolean; date: string; withdrawnOn?: string | undefined };

function consentLine(l: L, consent: Consent | undefined): string {
  if (!consent?.given) return l.t('staff.case.consentNotGiven');
  if (consent.withdrawnOn) return l.t('staff.case.consentWithdrawn', { date: l.date(consent.withdrawnOn) });
  return l.t('staff.case.consentGiven', { date: l.date(consent.date) });
}

/** Partners the person agreed to share with: named ones, or every partner when they named none. */
export function consentedPartners(record: IntakeRecord, partners: Partner[]): Partner[] {
  const share = record.consent.shareWithPartners;
  if (share?.given !== true || share.withdrawnOn !== undefined) return [];
  if (!share.partners?.length) return partners;
  return partners.filter((p) => share.partners?.includes(p.name));
}

export function consentSection(l: L, record: IntakeRecord, partners: Partner[], heading: Heading) {
  const c = record.consent;
  const purposes = ['store', 'shareWithPartners', 'contactLater', 'research'] as const;
  const share = c.shareWithPartners;
  const sharing = share?.given === true && !share.withdrawnOn;
  const named = share?.partners?.length ? l.list([...share.partners]) : undefined;
  return html`<section part="consent" aria-labelledby="consent-h">
    ${heading(l.t('staff.case.consent'), 'consent-h')}
    <dl>
      ${purposes.map(
        (purpose) =>
          html`<dt>${l.t(`option.CONSENT_PURPOSES.${purpose}`)}</dt><dd>${consentLine(l, c[purpose])}</dd>`,
      )}
    </dl>
    <p>
      ${
        !sharing
          ? l.t('staff.case.shareNobody')
          : named
            ? l.t('staff.case.sharePartners', { partners: named })
            : l.t('staff.case.shareAny', { count: partners.length })
      }
    </p>
  </section>`;
}

export function screeningSection(l: L, detail: CaseDetail, heading: Heading) {
  const s = detail.screening;
  const verdict = !s
    ? ''
    : s.meetsThreshold
      ? l.t('staff.case.screeningMet')
      : s.conclusive
        ? l.t('staff.case.screeningNotMet')
        : l.t('staff.case.screeningUnknown', { missing: s.missing });
  return html`<section part="screening" aria-labelledby="screening-h">
    ${heading(l.t('staff.case.screening'), 'screening-h')}
    ${verdict ? html`<p class="message ${s?.meetsThreshold ? 'problem' : ''}">${verdict}</p>` : nothing}
    <p>
      ${
        s?.present.length
          ? l.t('staff.case.indicatorsMet', {
              list: l.list(s.present.map((i) => labelOr(l, `ilo.${i}.short`, i))),
            })
          : l.t('staff.case.noIndicators')
      }
    </p>
    ${
      detail.record.childProtection
        ? html`<p class="message problem"><strong>${l.t('staff.case.childProtection')}</strong></p>`
        : nothing
    }
  </section>`;
}

export function documentsSection(l: L, record: IntakeRecord, heading: Heading) {
  const docs = record.documents ?? [];
  const needs = Object.entries(record.needs ?? {}).filter(([, v]) => v === true);
  const travel = record.needs?.emergencyTravelDocument === true;
  return html`<section part="documents" aria-labelledby="documents-h">
    ${heading(l.t('staff.case.documents'), 'documents-h')}
    ${
      docs.length
        ? html`<ul>
          ${docs.map(
            (d) =>
              html`<li>${fieldValueText(l, 'documents[].type', d.type)}${
                d.issuingCountry
                  ? ` (${fieldValueText(l, 'documents[].issuingCountry', d.issuingCountry)})`
                  : ''
              }: ${fieldValueText(l, 'documents[].status', d.status)}</li>`,
          )}
        </ul>`
        : html`<p>${l.t('staff.case.noDocuments')}</p>`
    }
    ${
      travel
        ? html`<p><strong>${l.t('staff.case.travelDocument')}</strong>: ${l.t(
            travelProgress(record.status),
          )}</p>`
        : nothing
    }
    ${
      needs.length
        ? html`<p>${l.t('staff.case.needs', {
            list: l.list(needs.map(([k]) => labelOr(l, `option.NEEDS.${k}`, k))),
          })}</p>`
        : nothing
    }
  </section>`;
}

/** Where the emergency travel document stands, from the case status. */
function travelProgress(status: string): string {
  if (status === 'documents_issued' || status === 'repatriated') return 'staff.case.travelIssued';
  if (status === 'closed') return 'staff.case.travelClosed';
  return 'staff.case.travelPending';
}
