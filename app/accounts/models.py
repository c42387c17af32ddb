"""The portal's user (FAB's user extended) and the server-side record of each login session."""

from __future__ import annotations

import datetime as dt
import enum
import secrets

from flask_appbuilder import Model
from flask_appbuilder.security.sqla.models import User as FabUser
from flask_appbuilder.security.sqla.models import assoc_user_role
from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.clock import utcnow


class AccountType(enum.StrEnum):
    APPLICANT = "applicant"  # a foreigner acting for themselves
    EMPLOYER = "employer"
    STAFF = "staff"  # clerks, supervisors, editors, administrators


class PortalUser(FabUser):
    """FAB's ``ab_user`` with what a foreigners' office needs to know about an account."""

    __tablename__ = "ab_user"

    account_type: Mapped[str] = mapped_column(String(16), default=AccountType.STAFF, nullable=False)
    preferred_language: Mapped[str] = mapped_column(String(5), default="pl", nullable=False)
    phone: Mapped[str | None] = mapped_column(String(32))
    company_name: Mapped[str | None] = mapped_column(String(200))
    nip: Mapped[str | None] = mapped_column(String(10))
    regon: Mapped[str | None] = mapped_column(String(14))
    # set once the owner opened the confirmation link (or staff created the account); an
    # inactive account with this set was disabled, and no link can switch it back on
    email_confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # what the office may tell the owner outside the portal when it writes to them; SMS goes only
    # to a phone number confirmed by a code (cleared when the number changes)
    notify_by_email: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true(), nullable=False)
    notify_by_sms: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    phone_confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # the code last sent by SMS to confirm the number: its hash only (accounts/phone.py), until when
    # it works, and the wrong codes typed against it
    phone_code_hash: Mapped[str | None] = mapped_column(String(64))
    phone_code_expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    phone_code_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0", nullable=False)
    # set when a notification to the address or number was refused for good, for the owner to
    # correct in the profile
    email_failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    phone_failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    @property
    def is_staff(self) -> bool:
        return self.account_type == AccountType.STAFF


# FAB's user-role table is indexed by user only; finding the holders of a role (the staff to assign
# cases to, among hundreds of thousands of applicants) needs the role first.
Index("ix_ab_user_role_role_id", assoc_user_role.c.role_id, assoc_user_role.c.user_id)


class LoginSession(Model):
    """One login. The cookie carries only ``token``; a session works while its row is open."""

    __tablename__ = "login_session"
    __table_args__ = (Index("ix_login_session_user_open", "user_id", "ended_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: secrets.token_urlsafe(32))
    user_id: Mapped[int] = mapped_column(ForeignKey("ab_user.id", ondelete="CASCADE"), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    end_reason: Mapped[str | None] = mapped_column(String(32))

    user: Mapped[PortalUser] = relationship(PortalUser)
