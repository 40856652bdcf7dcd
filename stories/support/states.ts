/**
 * The same states for every data element, so none is forgotten: loading, the
 * errors (data location down, version not published, data that fails the check),
 * the baseline standing in for an unknown place, another language falling back,
 * and stale, draft, unreviewed-translation and reviewed records made from a real
 * built record with one field changed, given through the `data` property.
 */
import type { TemplateResult } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import type { PublishedRecord } from '../../src/data/schema.js';
import type { DataArgs } from './elements.js';
import { MISSING_DATA_SRC, STALLED_DATA_SRC, builtRecord, stateChanges, withStalledData, type StateName } from './story-data.js';

type Template<A extends DataArgs> = (args: A, data?: PublishedRecord) => TemplateResult;

/** A story whose record is a built file changed into one state. */
function fromRecord<A extends DataArgs>(template: Template<A>, state: StateName, id = 'ke', locale = 'en'): StoryObj<A> {
  return {
    loaders: [async () => ({ record: stateChanges[state](await builtRecord(id, locale)) })],
    render: (args, { loaded }) => template(args, loaded['record'] as PublishedRecord),
  };
}

/**
 * The state stories for one element's template. Each stories file spreads them
 * into named exports and gives each its name there, where Storybook's indexer can read it.
 */
export function stateStories<A extends DataArgs>(template: Template<A>) {
  return {
    Loading: {
      args: { 'data-src': STALLED_DATA_SRC } as Partial<A>,
      decorators: [withStalledData],
      parameters: { docs: { description: { story: 'The data is on its way (here it never arrives): a calm loading line, announced politely.' } } },
    } satisfies StoryObj<A>,
    ErrorUnreachable: {
      args: { 'data-src': MISSING_DATA_SRC } as Partial<A>,
      parameters: {
        docs: { description: { story: '`data-src` points where there is no data: a clear message and a "Try again" button, never a blank box.' } },
      },
    } satisfies StoryObj<A>,
    ErrorVersionNotPublished: {
      args: { version: '99.0.0' } as Partial<A>,
      parameters: {
        docs: { description: { story: 'A `version` pin that was never published: the message, then the global baseline below it.' } },
      },
    } satisfies StoryObj<A>,
    ErrorInvalidData: {
      ...fromRecord(template, 'invalid'),
      parameters: {
        docs: { description: { story: 'A record (here through the `data` property) that does not pass the runtime check is not shown at all, not even in part.' } },
      },
    } satisfies StoryObj<A>,
    UnknownPlace: {
      args: { jurisdiction: 'zz' } as Partial<A>,
      parameters: { docs: { description: { story: 'No record for the place: the global baseline stands in, and says so.' } } },
    } satisfies StoryObj<A>,
    LanguageFallback: {
      args: { locale: 'th' } as Partial<A>,
      parameters: {
        docs: { description: { story: 'The reader asks for a language this record does not have: the source language, with a note.' } },
      },
    } satisfies StoryObj<A>,
    Stale: {
      ...fromRecord(template, 'stale'),
      parameters: { docs: { description: { story: 'A record past `nextReviewDue` is still shown, with "This may be out of date".' } } },
    } satisfies StoryObj<A>,
    Draft: {
      ...fromRecord(template, 'draft'),
      parameters: { docs: { description: { story: 'A record not yet checked by reviewers carries a draft badge.' } } },
    } satisfies StoryObj<A>,
    Unreviewed: {
      ...fromRecord(template, 'unreviewed', 'ke', 'sw'),
      parameters: {
        docs: { description: { story: 'A community-reviewed record in a translation nobody has checked yet (Swahili): the translation badge alone.' } },
      },
    } satisfies StoryObj<A>,
    Reviewed: {
      ...fromRecord(template, 'reviewed'),
      parameters: { docs: { description: { story: 'Reviewed by a lawyer: no badge, and the reviewers named in the footer.' } } },
    } satisfies StoryObj<A>,
  };
}
