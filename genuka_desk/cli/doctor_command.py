"""``doctor``: how this desk stands (server, login, company, what the server offers, clock, files, queue).

The report is the service's (``OrderService.diagnose``); this prints it in the
terminal's language. It never holds a token. Exit code: 1 when a local file
is damaged or cannot be written, 2 when not logged in or the token is
refused, 4 when the server cannot be reached or changes wait, else 0.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from ..service import OrderService
from ..service.doctor import DoctorReport
from .context import Context
from .exits import EXIT_AUTH, EXIT_BAD_INPUT, EXIT_OK, EXIT_UNSENT
from .words import terminal_language

# (English, French) for each sentence; the terminal's language picks the column.
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Genuka Desk: diagnostics", "Genuka Desk : diagnostic"),
    "server": ("Server", "Serveur"),
    "reached": ("answers", "répond"),
    "unreached": ("cannot be reached", "injoignable"),
    "login": ("Logged in", "Connexion"),
    "as": ("yes, as {0}", "oui, en tant que {0}"),
    "key": ("yes, with an API key", "oui, avec une clé d’API"),
    "yes": ("yes", "oui"),
    "no_login": ("no: run `genuka-desk login`", "non : lancez `genuka-desk login`"),
    "refused": (
        "the server refused the token: run `genuka-desk login`",
        "le serveur a refusé le jeton : lancez `genuka-desk login`",
    ),
    "company": ("Company", "Entreprise"),
    "none": ("none", "aucune"),
    "shop": ("Shop", "Boutique"),
    "all_shops": ("none chosen (every shop)", "aucune choisie (toutes les boutiques)"),
    "offers": ("What the server offers", "Ce que le serveur propose"),
    "now": ("checked now", "vérifié à l’instant"),
    "kept": ("as found on {0}", "constaté le {0}"),
    "never": ("not known yet", "pas encore connu"),
    "pull": ("Mobile Sync, pull", "Mobile Sync, lecture (pull)"),
    "push": ("Mobile Sync, push (idempotency key)", "Mobile Sync, envoi (push, clé d’idempotence)"),
    "cash": ("Cash control", "Contrôle de caisse"),
    "has": ("yes", "oui"),
    "lacks": ("no", "non"),
    "on": ("on", "activé"),
    "off": ("off", "désactivé"),
    "unknown": ("not known", "inconnu"),
    "why": ("Not known because", "Inconnu car"),
    "clock": ("Clock", "Horloge"),
    "clock_unknown": ("not known (no answer from the server)", "inconnue (pas de réponse du serveur)"),
    "clock_kept": ("(as found on {0})", "(constaté le {0})"),
    "in_step": ("in step with the server (within {0})", "à l’heure du serveur (à {0} près)"),
    "ahead": ("this computer is {0} ahead of the server", "cet ordinateur avance de {0} sur le serveur"),
    "behind": ("this computer is {0} behind the server", "cet ordinateur retarde de {0} sur le serveur"),
    "skew_warning": (
        "Set this computer's clock right (automatic date and time): sales are stamped with its time, "
        "and the server knows a sale again by that second.",
        "Mettez l’horloge de cet ordinateur à l’heure (date et heure automatiques) : les ventes portent son "
        "heure, et le serveur reconnaît une vente à cette seconde près.",
    ),
    "files": ("Local files", "Fichiers locaux"),
    "sound": ("sound", "en bon état"),
    "queue_damaged": (
        "the file of unsent changes is DAMAGED: send it to support",
        "le fichier des modifications non envoyées est ENDOMMAGÉ : envoyez-le au support",
    ),
    "cache_damaged": (
        "the local copy of the orders is DAMAGED: restart genuka-desk to fetch it again",
        "la copie locale des commandes est ENDOMMAGÉE : relancez genuka-desk pour la récupérer",
    ),
    "damage_seen": (
        "damage was seen: the next start checks the local copy and fetches it again",
        "un dommage a été vu : le prochain démarrage vérifie la copie locale et la récupère",
    ),
    "set_aside": ("a damaged copy was set aside: {0}", "une copie endommagée a été mise de côté : {0}"),
    "sizes": ("queue {0}, local copy {1}", "file {0}, copie locale {1}"),
    "checked": ("last full check {0}", "dernière vérification complète {0}"),
    "not_checked": ("never fully checked", "jamais vérifiés entièrement"),
    "free": ("{0} free on the disk", "{0} libres sur le disque"),
    "low_disk": ("the disk is nearly full: free some space", "le disque est presque plein : libérez de la place"),
    "queue": ("Changes not sent", "Modifications non envoyées"),
    "counts": (
        "{0} waiting, {1} refused, {2} in conflict",
        "{0} en attente, {1} refusée(s), {2} en conflit",
    ),
    "orders": ("Orders on this computer", "Commandes sur cet ordinateur"),
}


def word(key: str, *args: Any, language: str | None = None) -> str:
    """One of :data:`WORDS` in the terminal's language, filled with ``args``."""
    english, french = WORDS[key]
    return (french if (language or terminal_language()) == "fr" else english).format(*args)


def _size(count: int, language: str) -> str:
    units = ("o", "Ko", "Mo", "Go") if language == "fr" else ("B", "KB", "MB", "GB")
    value = float(count)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            text = f"{value:.0f} {unit}" if unit == units[0] else f"{value:.1f} {unit}"
            return text.replace(".", ",") if language == "fr" else text
        value /= 1024
    return str(count)  # pragma: no cover


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _duration(seconds: float, language: str) -> str:
    seconds = abs(round(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 2 * 3600:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h".replace(".", ",") if language == "fr" else f"{seconds / 3600:.1f} h"


def _flag(value: bool | None, yes: str, no: str, language: str) -> str:
    return word("unknown" if value is None else (yes if value else no), language=language)


def report_lines(report: DoctorReport, language: str | None = None) -> list[str]:
    """The report as the terminal shows it."""
    lang = language or terminal_language()

    def w(key: str, *args: Any) -> str:
        return word(key, *args, language=lang)

    colon = " :" if lang == "fr" else ":"  # French puts a space before the colon

    def line(key: str, text: str) -> None:
        lines.append(f"{w(key)}{colon} {text}")

    lines = [w("title"), ""]
    line("server", f"{report.server} ({w('reached') if report.reached else w('unreached')})")
    if not report.logged_in:
        login = w("no_login")
    elif report.token_refused:
        login = w("refused")
    elif report.api_key:
        login = w("key")
    else:
        login = w("as", report.email) if report.email else w("yes")
    line("login", login)
    company = " ".join(p for p in (report.company_name, f"({report.company_id})" if report.company_id else "") if p)
    line("company", company or w("none"))
    line("shop", report.shop_id or w("all_shops"))
    found = report.capabilities
    if found is None or not found.known:
        line("offers", w("never"))
    else:
        lines.append(f"{w('offers')} ({w('now') if report.checked_now else w('kept', _when(found.checked_at))}){colon}")
        lines.append(f"  {w('pull')}{colon} {_flag(found.sync_pull, 'has', 'lacks', lang)}")
        lines.append(f"  {w('push')}{colon} {_flag(found.sync_push, 'has', 'lacks', lang)}")
        lines.append(f"  {w('cash')}{colon} {_flag(found.cash_control, 'on', 'off', lang)}")
    if report.look_problem and report.reached and report.logged_in and not report.token_refused:
        # (Offline and logged out are said above, in the terminal's words.)
        lines.append(f"  {w('why')}{colon} {report.look_problem}")
    skew = report.clock_skew
    kept = "" if report.clock_checked_now or found is None else f" {w('clock_kept', _when(found.checked_at))}"
    if skew is None:
        line("clock", w("clock_unknown"))
    elif not report.skew_matters:
        line("clock", w("in_step", _duration(max(abs(skew), 1), lang)) + kept)
    else:
        # The server ahead means this computer is behind.
        line("clock", w("behind" if skew > 0 else "ahead", _duration(skew, lang)) + kept)
        lines.append(f"  {w('skew_warning')}")
    files = report.files
    line("files", str(files.folder))
    if files.sound:
        lines.append(f"  {w('sound')}")
    for bad, key in (
        (not files.queue_sound, "queue_damaged"),
        (not files.cache_sound, "cache_damaged"),
        (files.damage_seen, "damage_seen"),
        (files.low_disk, "low_disk"),
    ):
        if bad:
            lines.append(f"  {w(key)}")
    if files.folder_problem:
        lines.append(f"  {files.folder_problem}")
    if files.cache_set_aside is not None:
        lines.append(f"  {w('set_aside', files.cache_set_aside)}")
    lines.append(f"  {w('sizes', _size(files.queue_bytes, lang), _size(files.cache_bytes, lang))}")
    lines.append(f"  {w('checked', _when(files.last_full_check)) if files.last_full_check else w('not_checked')}")
    if files.free_bytes is not None:
        lines.append(f"  {w('free', _size(files.free_bytes, lang))}")
    counts = report.queue
    line("queue", w("counts", counts.pending, counts.failed, counts.conflict))
    line("orders", str(report.orders))
    return lines


def exit_code(report: DoctorReport) -> int:
    """The most serious problem found, as the CLI's exit codes say it (see the module)."""
    files = report.files
    if not (files.queue_sound and files.cache_sound) or files.folder_problem:
        return EXIT_BAD_INPUT
    if not report.logged_in or report.token_refused:
        return EXIT_AUTH
    if not report.reached or report.queue.unsent:
        return EXIT_UNSENT
    return EXIT_OK


def report_json(report: DoctorReport) -> dict[str, Any]:
    """The report as JSON values (``--json``)."""
    data = asdict(report)
    data["capabilities"] = None if report.capabilities is None else report.capabilities.model_dump(mode="json")
    data["clock_skew_seconds"] = report.clock_skew
    data["skew_matters"] = report.skew_matters
    data["files"]["sound"] = report.files.sound
    return json.loads(json.dumps(data, default=str))


def doctor(ctx: Context) -> int:
    """``doctor``: print how this desk stands; the exit code says the most serious problem."""

    async def work(service: OrderService) -> int:
        report = await service.diagnose(ctx.profile, logged_in=bool(ctx.token))
        ctx.out(report_json(report), "\n".join(report_lines(report)))
        return exit_code(report)

    return ctx.run(work)
