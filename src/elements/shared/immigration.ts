/**
 * What the law and the police can do to a migrant reader's papers: shown in the
 * firewall notice and in the arrest guide, from the record's `immigration` list.
 * Each answer is said in words (never colour alone), with its sources; a record
 * without the list says that we do not know, never nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ImmigrationEntry, PublishedRecord } from '../../data/schema.js';
import type { ImmigrationEvent } from '../../data/vocabulary.js';
import { renderCitations } from './record-parts.js';

type Heading = (text: string, offset: number, className: string) => TemplateResult;

export function renderImmigration(record: PublishedRecord, heading: Heading, offset: number): TemplateResult {
  const entries = record.immigration ?? [];
  return html`<section class="immigration" part="immigration">
    ${heading(msg('If you are a migrant: your visa and residence permit'), offset, 'immigration-title')}
    ${entries.length
      ? html`<ul class="immigration-entries">
          ${entries.map((entry) => renderEntry(record, entry))}
        </ul>`
      : html`<p>${msg('We do not know whether sex work or an arrest here can affect your visa or residence permit. Ask a sex worker-led organisation before you talk to officials.')}</p>`}
  </section>`;
}

function renderEntry(record: PublishedRecord, entry: ImmigrationEntry): TemplateResult {
  return html`<li class="immigration-entry answer-${entry.answer}" data-event=${entry.event}>
    <p class="immigration-question"><strong>${eventName(entry.event)}</strong>: ${answerText(entry.event, entry.answer)}.</p>
    <p>${entry.text}${entry.sources.length ? renderCitations(record, entry.sources) : nothing}</p>
  </li>`;
}

function eventName(event: ImmigrationEvent): string {
  switch (event) {
    case 'selling':
      return msg('Selling sex');
    case 'arrest':
      return msg('An arrest');
    case 'fine':
      return msg('A fine');
    case 'conviction':
      return msg('A conviction');
    case 'police-data':
      return msg('Police and immigration');
  }
}

/** A short answer beside the question; the record's own sentence says the rest. */
function answerText(event: ImmigrationEvent, answer: ImmigrationEntry['answer']): string {
  if (answer === 'unknown') return msg('not known');
  if (event === 'police-data') {
    return answer === 'yes' ? msg('police may share your details with immigration') : msg('police do not share your details, as far as the sources say');
  }
  return answer === 'yes' ? msg('can affect your visa or permit') : msg('does not affect your visa or permit, as far as the sources say');
}
