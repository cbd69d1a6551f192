"""Métiers cibles: occupations ranked by fit for the worker's skills, explained, and the
targets the counsellor keeps, whose missing skills feed the action plan.

The ranking runs on the reader connection in a background thread; it is recomputed when the
tab is shown after the audit's skills changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.skill_audit import SkillAudit
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.item_views import clear_quietly
from reconv_desktop.gui.kit.operations import show_error
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.referential.targets import (
    RankedTarget,
    ensure_referential,
    pick_ranked_target,
    rank_targets,
)
from reconv_desktop.store.store import Store

RANKED_COUNT = 15
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setAccessibleName(name)
    return tree


class TargetsTab(QWidget):
    """Ranked occupations (fit %, explanation) and the targets kept for this audit."""

    changed = Signal()
    ranked_ready = Signal(int)

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.audit: SkillAudit | None = None
        self.ranked: list[RankedTarget] = []
        self._ranked_for: tuple | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Métiers pr&oposés selon les compétences du référentiel"))
        heading.setStyleSheet(styles.BOLD)
        self.ranking = _tree(
            [self.tr("Métier"), self.tr("Adéquation"), self.tr("Essentielles couvertes")],
            self.tr("Métiers proposés"),
        )
        heading.setBuddy(self.ranking)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setMinimumHeight(self.fontMetrics().height() * 3)
        buttons = QHBoxLayout()
        self.rank_button = QPushButton(self.tr("Recalculer le &classement"))
        self.pick_button = QPushButton(self.tr("&Retenir ce métier"))
        buttons.addWidget(self.rank_button)
        buttons.addWidget(self.pick_button)
        buttons.addStretch(1)
        for widget in (heading, self.status, self.ranking):
            top_layout.addWidget(widget, 1 if widget is self.ranking else 0)
        top_layout.addWidget(self.explanation)
        top_layout.addLayout(buttons)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        kept = QLabel(self.tr("Métiers &visés retenus"))
        kept.setStyleSheet(styles.BOLD)
        self.targets = _tree(
            [self.tr("Métier"), self.tr("Adéquation"), self.tr("Compétences à acquérir")],
            self.tr("Métiers visés"),
        )
        kept.setBuddy(self.targets)
        kept_buttons = QHBoxLayout()
        self.gaps_button = QPushButton(self.tr("Compétences manquantes → pl&an d'action"))
        self.unpick_button = QPushButton(self.tr("Ne plus viser ce métier"))
        kept_buttons.addWidget(self.gaps_button)
        kept_buttons.addWidget(self.unpick_button)
        kept_buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom_layout.addWidget(kept)
        bottom_layout.addWidget(self.targets, 1)
        bottom_layout.addLayout(kept_buttons)
        bottom_layout.addWidget(self.message)
        splitter.addWidget(bottom)
        splitter.setSizes([500, 250])

        self.rank_button.clicked.connect(self.rank)
        self.pick_button.clicked.connect(self.pick_selected)
        self.ranking.itemActivated.connect(lambda _i, _c: self.pick_selected())
        self.ranking.currentItemChanged.connect(lambda _c, _p: self._explain())
        self.gaps_button.clicked.connect(self.gaps_to_plan)
        self.unpick_button.clicked.connect(self.unpick)
        self._update_buttons()

    # --- data ------------------------------------------------------------------------------------
    def show_audit(self, audit: SkillAudit | None) -> None:
        self.audit = audit
        self.targets.clear()
        if audit is None:
            return
        for target in audit.targets:
            essential = [g.label for g in target.missing if g.essential]
            item = QTreeWidgetItem(
                [
                    target.occupation_label,
                    f"{round(target.fit * 100)} %",
                    ", ".join(essential) or self.tr("aucune"),
                ]
            )
            item.setData(0, INDEX_ROLE, target.id)
            item.setToolTip(2, "\n".join(essential))
            self.targets.addTopLevelItem(item)
        self.targets.resizeColumnToContents(0)
        self._mark_kept()
        if self.targets.topLevelItemCount() and self.targets.currentItem() is None:
            self.targets.setCurrentItem(self.targets.topLevelItem(0))
        self._update_buttons()

    def clear_ranking(self) -> None:
        self._generation += 1
        clear_quietly(self.ranking)
        self.ranked = []
        self._ranked_for = None
        self.explanation.clear()
        self.message.clear()
        self._update_buttons()

    def _skills_key(self) -> tuple | None:
        if self.audit is None:
            return None
        return (
            self.audit.id,
            tuple(sorted((s.skill_uri or "", int(s.level)) for s in self.audit.skills)),
        )

    def rank_if_stale(self) -> None:
        if self.audit is not None and self._skills_key() != self._ranked_for:
            self.rank()

    def rank(self) -> None:
        """Rank occupations for the audit's skills in the background."""
        store = self.session.store
        audit = self.audit
        if audit is None:
            return
        # A fresh vault has no referential yet: the shipped starter set is loaded once.
        ensure_referential(store.db)
        self._generation += 1
        generation = self._generation
        key = self._skills_key()
        self.status.setText(self.tr("Classement en cours…"))

        def op(reader: Store) -> list[RankedTarget]:
            return rank_targets(reader.db, audit, limit=RANKED_COUNT)

        def done(ranked: list[RankedTarget]) -> None:
            self._ranked_for = key
            self.show_ranking(ranked)

        self.session.query(self, op, done, is_current=lambda: generation == self._generation)

    def show_ranking(self, ranked: list[RankedTarget]) -> None:
        clear_quietly(self.ranking)
        self.ranked = ranked
        for index, entry in enumerate(ranked):
            f = entry.fit
            covered = len(f.matched_essential)
            total = covered + len(f.missing_essential)
            item = QTreeWidgetItem([f.label, f"{entry.percent} %", f"{covered} / {total}"])
            item.setData(0, INDEX_ROLE, index)
            item.setToolTip(0, entry.explanation())
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.ranking.addTopLevelItem(item)
        self._mark_kept()
        self.ranking.resizeColumnToContents(0)
        self.ranking.setColumnWidth(0, min(self.ranking.columnWidth(0), 520))
        if ranked:
            self.status.setText(
                self.tr(
                    "{n} métier(s) classé(s) selon l'adéquation, du plus proche au plus éloigné.",
                    "",
                    len(ranked),
                ).format(n=len(ranked))
            )
            self.ranking.setCurrentItem(self.ranking.topLevelItem(0))
        else:
            self.status.setText(
                self.tr(
                    "Aucun métier proposé : ajoutez des compétences choisies dans le référentiel "
                    "(onglet Compétences)."
                )
            )
        self._explain()
        self.ranked_ready.emit(len(ranked))

    def _mark_kept(self) -> None:
        """Say in the ranking which occupations are already kept as targets."""
        kept = {t.occupation_uri for t in self.audit.targets} if self.audit else set()
        for row in range(self.ranking.topLevelItemCount()):
            item = self.ranking.topLevelItem(row)
            label = self.ranked[item.data(0, INDEX_ROLE)].fit.label
            is_kept = self.ranked[item.data(0, INDEX_ROLE)].fit.uri in kept
            item.setText(0, self.tr("{label}  (retenu)").format(label=label) if is_kept else label)

    def _selected_ranked(self) -> RankedTarget | None:
        item = self.ranking.currentItem()
        index = item.data(0, INDEX_ROLE) if item is not None else None
        if not isinstance(index, int) or not 0 <= index < len(self.ranked):
            return None
        return self.ranked[index]

    def _explain(self) -> None:
        entry = self._selected_ranked()
        self.explanation.setText(entry.explanation() if entry else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.pick_button.setEnabled(self.ranking.currentItem() is not None)
        has_target = self.targets.topLevelItemCount() > 0
        self.gaps_button.setEnabled(has_target)
        self.unpick_button.setEnabled(has_target)

    # --- actions --------------------------------------------------------------------------------
    def pick_selected(self) -> None:
        store = self.session.store
        entry = self._selected_ranked()
        if self.audit is None or entry is None:
            return
        try:
            target = pick_ranked_target(store.skill_audits, self.audit.id, entry)
        except ReconvError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("« {occupation} » ajouté aux métiers visés.").format(
                occupation=target.occupation_label
            )
        )
        self.changed.emit()
        self._select_target(target.id)

    def _select_target(self, target_id: str) -> None:
        for row in range(self.targets.topLevelItemCount()):
            item = self.targets.topLevelItem(row)
            if item.data(0, INDEX_ROLE) == target_id:
                self.targets.setCurrentItem(item)

    def _selected_target_id(self) -> str | None:
        item = self.targets.currentItem()
        return item.data(0, INDEX_ROLE) if item is not None else None

    def gaps_to_plan(self) -> None:
        store = self.session.store
        target_id = self._selected_target_id()
        if target_id is None:
            return
        try:
            added = store.skill_audits.plan_from_target(target_id)
        except ReconvError as exc:
            show_error(self, exc)
            return
        if added:
            self.message.setText(
                self.tr("{n} étape(s) ajoutée(s) au plan d'action.", "", len(added)).format(
                    n=len(added)
                )
            )
        else:
            self.message.setText(
                self.tr(
                    "Rien à ajouter : le plan couvre déjà les compétences essentielles manquantes."
                )
            )
        self.changed.emit()
        self._select_target(target_id)

    def unpick(self) -> None:
        store = self.session.store
        target_id = self._selected_target_id()
        if target_id is None:
            return
        store.skill_audits.targets.remove(target_id)
        self.message.clear()
        self.changed.emit()
