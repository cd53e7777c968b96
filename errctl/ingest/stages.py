"""The vectorised stages of ingest that run per batch on the writer thread.

scrub -> template -> fingerprint -> classify, each over Arrow columns and each doing its
expensive work once per DISTINCT value (real logs repeat): secrets are masked before anything
else sees the text, so no scrubbed value reaches a template, the store or the quarantine.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from errctl.config.schema import Settings
from errctl.fingerprint.fingerprint import template_fingerprint, template_fingerprints
from errctl.fingerprint.inapp import InAppRules
from errctl.fingerprint.masking import configured_rules
from errctl.fingerprint.memory import FORMAT_FAMILY, LAYOUT_SEPARATOR, TemplateMemory
from errctl.fingerprint.mining import TemplateMiner, mine_column
from errctl.fingerprint.rules import FingerprintRules
from errctl.models import MiningMemory, Takeover
from errctl.scrub.scrubber import Scrubber
from errctl.severity.rules import RuleSet, crash_flags_array

SCRUBBED_COLUMNS = (
    "message",
    "exception_value",
    "stack",
    "exception_chain",
    "attributes",
    "title",
    "message_template",
)
JSON_COLUMNS = frozenset(("stack", "attributes"))  # scrubbed so that each row still parses
CLASSIFY_COLUMNS = (
    "level",
    "service",
    "host",
    "logger",
    "exception_type",
    "template",
    "message",
    "source",
    "attributes",
)


class BatchStages:
    """Everything one ingest run needs to turn normalised batches into stored ones."""

    def __init__(
        self,
        settings: Settings,
        known_templates: list[str],
        memory: TemplateMemory | None = None,
    ) -> None:
        self.scrubber = Scrubber(settings)
        self.rules = RuleSet.from_settings(settings)
        self.fingerprint_rules = FingerprintRules.from_settings(settings)
        self.in_app_rules = InAppRules.from_settings(settings)  # read by the Normalizer
        self.mask_rules = configured_rules(settings.masking)
        # Seeded with the store's templates, so a template once stored never moves, and with
        # its examples of them, so new messages are mined as if the earlier ones were there.
        self.miner = TemplateMiner(known_templates, memory=memory)

    def learnt(self) -> MiningMemory:
        """What mining learnt since the last call, for the store to keep with the batch it
        came from (crash-safe: a batch that is lost is mined again and teaches the same). No
        takeover when the user's fingerprint rules decide groups: a template's group is then
        not its fingerprint."""
        if self.miner.memory is None:
            return MiningMemory()
        examples, takeovers = self.miner.memory.drain()
        if self.fingerprint_rules:
            takeovers = []
        return MiningMemory(
            examples,
            [
                Takeover(taken, template_fingerprint(taken), taker, template_fingerprint(taker))
                for taken, taker in takeovers
            ],
            self.miner.memory.drain_families(),
        )

    def scrub_text(self, text: str) -> str:
        return self.scrubber.scrub_text(text)

    def __call__(self, events: pa.Table) -> pa.Table:
        events = self._scrub(events)
        templates = self._templates(events)
        fingerprints = pc.coalesce(
            events.column("exception_fingerprint").combine_chunks(),
            template_fingerprints(templates),
        )
        if self.fingerprint_rules:  # the user's rules override the computed fingerprint
            fingerprints = self.fingerprint_rules.apply_columns(
                {name: events.column(name) for name in self.fingerprint_rules.reads},
                fingerprints,
            )
        events = events.append_column("template", templates)
        events = events.append_column("fingerprint", fingerprints)
        severity, category = self.rules.classify_arrays(
            {name: events.column(name) for name in CLASSIFY_COLUMNS},
            crash_flags_array(
                events.column("level"), events.column("message"), events.column("exception_type")
            ),
        )
        events = events.append_column("severity", severity)
        return events.append_column("category", category)

    def _templates(self, events: pa.Table) -> pa.Array:
        """Each event's template: the one its log gave where there is one, else the mined one.

        A template the log gave is exact: the application's own (errctl.sdk, Serilog's
        MessageTemplate, ...) or one its format defines (an access log's request line with its
        route's ids masked). Those messages are neither masked nor mined: the miner would
        learn from them examples of templates no event has, which would shape the templates
        of the store's other messages, and spend work on them for nothing (genlogs' mixed
        file: its access lines are 15% of its distinct messages)."""
        given = events.column("message_template").combine_chunks()
        messages = events.column("message")
        if given.null_count == 0:
            return given
        families = mining_families(
            events.column("service"), events.column("format"), events.column("layout")
        )
        if given.null_count == len(given):
            return mine_column(messages, self.miner, self.mask_rules, families).cast(given.type)
        rest = pc.is_null(given)
        mined = mine_column(
            pc.filter(messages, rest), self.miner, self.mask_rules, pc.filter(families, rest)
        )
        return pc.replace_with_mask(given, rest, mined.cast(given.type))

    def _scrub(self, events: pa.Table) -> pa.Table:
        if not self.scrubber.enabled:
            return events
        message = events.column("message")
        scrubbed = {
            name: (
                self.scrubber.scrub_json_array(events.column(name))
                if name in JSON_COLUMNS
                else self.scrubber.scrub_array(events.column(name))
            )
            for name in SCRUBBED_COLUMNS
            if name != "title"
        }
        scrubbed["title"] = self._scrub_title(events.column("title"), message, scrubbed["message"])
        for name in SCRUBBED_COLUMNS:
            events = events.set_column(events.schema.get_field_index(name), name, scrubbed[name])
        return events

    def _scrub_title(
        self, title: pa.ChunkedArray, message: pa.ChunkedArray, clean: pa.Array
    ) -> pa.Array:
        """Most titles are their event's message (events without a stack trace): those take
        the message as scrubbed, and only the others are scrubbed again (a third of the
        scrubbing, on genlogs JSON)."""
        same = pc.fill_null(pc.equal(title, message), False)
        if not pc.any(same).as_py():
            return self.scrubber.scrub_array(title)
        if pc.all(same).as_py():
            return clean
        others = self.scrubber.scrub_array(pc.if_else(same, pa.scalar(None, pa.string()), title))
        return pc.if_else(same, clean, others)


def mining_families(
    services: pa.Array | pa.ChunkedArray,
    formats: pa.Array | pa.ChunkedArray,
    layouts: pa.Array | pa.ChunkedArray,
) -> pa.Array | pa.ChunkedArray:
    """Each row's family (`memory.mining_family`), column by column."""
    named = pc.fill_null(pc.not_equal(services, ""), False)
    by_format = pc.binary_join_element_wise(FORMAT_FAMILY, pc.fill_null(formats, ""), "")
    laid_out = pc.fill_null(pc.not_equal(layouts, ""), False)
    with_layout = pc.binary_join_element_wise(
        by_format, pc.fill_null(layouts, ""), LAYOUT_SEPARATOR
    )
    return pc.if_else(named, services, pc.if_else(laid_out, with_layout, by_format))
