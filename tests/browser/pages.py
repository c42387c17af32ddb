"""The registry of pages that the accessibility check walks, each in all four languages.
Every new page of the portal is added here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    name: str
    path: str  # "{language}": the language checked; "{submission}", "{case}": made for the user (page_values)
    role: str | None = None  # sign in with this role first
    after: str | None = None  # a step that brings the page to a state worth checking (helpers.py)
    status: int = 200


PAGES = [
    Page("home", "/"),
    Page("service points", "/service-points"),
    Page("legal acts", "/legal-acts"),
    Page("questions and answers", "/faq"),
    Page("search results", "/search?q=karta"),
    Page("announcements", "/news"),
    Page("an announcement", "/news/mos-residence-applications"),
    Page("about the panel", "/info/about-the-panel"),
    Page("organisation", "/info/organisation"),
    Page("privacy notice", "/info/privacy"),
    Page("accessibility statement", "/info/accessibility"),
    Page("search without results", "/search?q=zzzzqqq"),
    Page("kinds of cases", "/cases"),
    Page("a kind of case", "/cases/TRP"),
    Page("a kind of case filed by the employer", "/cases/WRK"),
    Page("formal requirements", "/requirements"),
    Page("application forms", "/forms"),
    Page("a form filed in a national system", "/forms/TRP"),
    Page("a form filed on paper", "/forms/VIS"),
    Page("check a case", "/case-status"),
    Page("check a case with errors", "/case-status", after="submit-empty", status=400),
    Page("sign in", "/login"),
    Page("sign in with errors", "/login", after="submit-empty"),
    Page("forgotten password", "/password/forgot"),
    Page("forgotten password with errors", "/password/forgot", after="submit-empty"),
    Page("password link that does not work", "/password/reset/broken", status=400),
    Page("account type choice", "/register"),
    Page("foreigner registration", "/register/applicant"),
    Page("foreigner registration with errors", "/register/applicant", after="submit-empty"),
    Page("employer registration", "/register/employer"),
    Page("activation link that does not work", "/activate/broken", status=400),
    Page("page not found", "/no-such-page", status=404),
    Page("my account", "/account", role="Applicant"),
    Page("employer's account", "/account", role="Employer"),
    Page("password change", "/account/password", role="Applicant"),
    Page("password change with errors", "/account/password", role="Applicant", after="submit-empty"),
    Page("sign out", "/logout", role="Applicant"),
    Page("my applications", "/applications", role="Applicant"),
    Page("my applications, employer", "/applications", role="Employer"),
    Page("first part of an application", "/applications", role="Applicant", after="start:TRP"),
    Page("application part with errors", "/applications", role="Applicant", after="start:VIS:errors"),
    Page("application with repeatable items", "/applications", role="Applicant", after="start:KPL"),
    Page("check your answers", "/applications", role="Applicant", after="start:CRD:check"),
    Page("employer's application with errors", "/applications", role="Employer", after="start:WRK:errors"),
    Page("inviting the employer to the annex", "/applications", role="Applicant", after="start:TRW:annex"),
    Page("the annex's invitation code", "/applications", role="Applicant", after="start:TRW:invited"),
    Page("employees' annexes", "/annexes", role="Employer"),
    Page("employees' annexes with errors", "/annexes", role="Employer", after="submit-empty", status=400),
    Page("attaching scans", "/applications/submitted/{submission}/attachments", role="Applicant"),
    Page(
        "attaching scans with errors",
        "/applications/submitted/{submission}/attachments",
        role="Applicant",
        after="submit-empty",
        status=400,
    ),
    Page("my cases", "/my-cases", role="Applicant"),
    Page("my cases, employer", "/my-cases", role="Employer"),
    Page("a case of mine", "/my-cases/{case}", role="Applicant"),
    Page("back office start", "/backoffice/", role="Clerk"),
    Page("work queue", "/work/?tab=unassigned", role="Clerk"),
    Page("a case, clerk's page", "/work/case/{case}", role="Clerk"),
    Page("desk check", "/desk/", role="Clerk"),
    Page("desk check of an unknown number", "/desk/?code=PIO/1999/1", role="Clerk"),
    Page("back office service points", "/servicepointview/list/", role="ContentEditor"),
    Page("back office legal acts", "/legalactview/list/", role="ContentEditor"),
    Page("legal act, editor's view", "/legalactview/show/1", role="ContentEditor"),
    Page("legal act history", "/legalactview/history/1", role="ContentEditor"),
    Page("legal act preview", "/legalactview/preview/1/{language}", role="ContentEditor"),
    Page("back office questions", "/faqview/list/", role="ContentEditor"),
    Page("question preview", "/faqview/preview/1/{language}", role="ContentEditor"),
    Page("back office pages", "/pageview/list/", role="ContentEditor"),
    Page("page preview", "/pageview/preview/1/{language}", role="ContentEditor"),
    Page("back office announcements", "/newsview/list/", role="ContentEditor"),
    Page("back office kinds of cases", "/casetypeview/list/", role="ContentEditor"),
    Page("kind of case, editor's view", "/casetypeview/show/1", role="ContentEditor"),
    Page("kind of case preview", "/casetypeview/preview/1/{language}", role="ContentEditor"),
    Page("procedure step preview", "/casestepview/preview/1/{language}", role="ContentEditor"),
    Page("requirement preview", "/requirementview/preview/1/{language}", role="ContentEditor"),
    Page("back office statuses", "/casestatusview/list/", role="ContentEditor"),
    Page("status preview", "/casestatusview/preview/1/{language}", role="ContentEditor"),
    Page("back office order of statuses", "/casetypestatusview/list/", role="ContentEditor"),
    Page("back office application forms", "/applicationformview/list/", role="ContentEditor"),
    Page("application form preview", "/applicationformview/preview/1/{language}", role="ContentEditor"),
    Page("back office form definitions", "/formdefinitionview/list/", role="Admin"),
    Page("form definition, administrator's view", "/formdefinitionview/show/1", role="Admin"),
    Page("form definition upload", "/formdefinitionview/upload", role="Admin"),
    Page("form definition preview", "/formdefinitionview/preview/1/{language}", role="Admin"),
]
LANGUAGES = ["pl", "en", "ru", "uk"]
