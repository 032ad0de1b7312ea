"""The built-in rules, listed by hand so a reader sees them all at once."""

from profile_lint.rules.activity.comments_inactive import CommentsInactive
from profile_lint.rules.activity.decision_makers_few import DecisionMakersFew
from profile_lint.rules.activity.endorsements_none import EndorsementsNone
from profile_lint.rules.activity.network_below_500 import NetworkBelow500
from profile_lint.rules.activity.network_small import NetworkSmall
from profile_lint.rules.activity.network_stalled import NetworkStalled
from profile_lint.rules.activity.posting_inactive import PostingInactive
from profile_lint.rules.activity.reshares_without_commentary import ResharesWithoutCommentary
from profile_lint.rules.post.bare_link import BareLink
from profile_lint.rules.post.blank_lines import BlankLines
from profile_lint.rules.post.engagement_bait import EngagementBait
from profile_lint.rules.post.hashtags_too_many import HashtagsTooMany
from profile_lint.rules.post.hook_too_long import HookTooLong
from profile_lint.rules.post.link_in_body import LinkInBody
from profile_lint.rules.post.markdown_syntax import MarkdownSyntax
from profile_lint.rules.post.mentions_too_many import MentionsTooMany
from profile_lint.rules.post.no_conversation_prompt import NoConversationPrompt
from profile_lint.rules.post.post_empty import PostEmpty
from profile_lint.rules.post.post_hard_to_read import PostHardToRead
from profile_lint.rules.post.post_too_long import PostTooLong
from profile_lint.rules.post.stray_spaces import StraySpaces
from profile_lint.rules.post.unicode_styled_text import UnicodeStyledText
from profile_lint.rules.post.unused_suppression import UnusedSuppression
from profile_lint.rules.post.wall_of_text import WallOfText
from profile_lint.rules.post.weak_opening import WeakOpening
from profile_lint.rules.profile.about_hard_to_read import AboutHardToRead
from profile_lint.rules.profile.about_missing import AboutMissing
from profile_lint.rules.profile.about_no_call_to_action import AboutNoCallToAction
from profile_lint.rules.profile.about_third_person import AboutThirdPerson
from profile_lint.rules.profile.about_too_long import AboutTooLong
from profile_lint.rules.profile.about_too_short import AboutTooShort
from profile_lint.rules.profile.about_weak_opening import AboutWeakOpening
from profile_lint.rules.profile.banner_missing import BannerMissing
from profile_lint.rules.profile.buzzwords import Buzzwords
from profile_lint.rules.profile.custom_url_invalid import CustomUrlInvalid
from profile_lint.rules.profile.custom_url_missing import CustomUrlMissing
from profile_lint.rules.profile.education_missing import EducationMissing
from profile_lint.rules.profile.experience_dates_invalid import ExperienceDatesInvalid
from profile_lint.rules.profile.experience_description_too_long import ExperienceDescriptionTooLong
from profile_lint.rules.profile.experience_missing import ExperienceMissing
from profile_lint.rules.profile.experience_no_description import ExperienceNoDescription
from profile_lint.rules.profile.experience_no_metrics import ExperienceNoMetrics
from profile_lint.rules.profile.experience_thin_description import ExperienceThinDescription
from profile_lint.rules.profile.experience_title_too_long import ExperienceTitleTooLong
from profile_lint.rules.profile.experience_weak_verbs import ExperienceWeakVerbs
from profile_lint.rules.profile.headline_job_seeking_only import HeadlineJobSeekingOnly
from profile_lint.rules.profile.headline_missing import HeadlineMissing
from profile_lint.rules.profile.headline_title_only import HeadlineTitleOnly
from profile_lint.rules.profile.headline_too_long import HeadlineTooLong
from profile_lint.rules.profile.industry_missing import IndustryMissing
from profile_lint.rules.profile.location_missing import LocationMissing
from profile_lint.rules.profile.photo_missing import PhotoMissing
from profile_lint.rules.profile.recommendations_few import RecommendationsFew
from profile_lint.rules.profile.recommendations_none import RecommendationsNone
from profile_lint.rules.profile.skills_not_evidenced import SkillsNotEvidenced
from profile_lint.rules.profile.skills_too_few import SkillsTooFew
from profile_lint.rules.profile.skills_too_many import SkillsTooMany
from profile_lint.rules.profile.target_keyword_missing import TargetKeywordMissing

BUILTIN_RULES = [
    # profile
    PhotoMissing,
    BannerMissing,
    HeadlineMissing,
    HeadlineTooLong,
    HeadlineTitleOnly,
    HeadlineJobSeekingOnly,
    Buzzwords,
    AboutMissing,
    AboutTooShort,
    AboutTooLong,
    AboutThirdPerson,
    AboutNoCallToAction,
    AboutHardToRead,
    AboutWeakOpening,
    ExperienceMissing,
    ExperienceNoDescription,
    ExperienceThinDescription,
    ExperienceNoMetrics,
    ExperienceWeakVerbs,
    ExperienceDescriptionTooLong,
    ExperienceTitleTooLong,
    ExperienceDatesInvalid,
    SkillsTooFew,
    SkillsTooMany,
    SkillsNotEvidenced,
    EducationMissing,
    CustomUrlMissing,
    CustomUrlInvalid,
    LocationMissing,
    IndustryMissing,
    RecommendationsNone,
    RecommendationsFew,
    TargetKeywordMissing,
    # post drafts
    PostEmpty,
    PostTooLong,
    BareLink,
    LinkInBody,
    NoConversationPrompt,
    HookTooLong,
    WeakOpening,
    EngagementBait,
    HashtagsTooMany,
    MentionsTooMany,
    WallOfText,
    PostHardToRead,
    UnicodeStyledText,
    MarkdownSyntax,
    BlankLines,
    StraySpaces,
    UnusedSuppression,
    # activity (from a LinkedIn data archive)
    PostingInactive,
    ResharesWithoutCommentary,
    CommentsInactive,
    NetworkSmall,
    NetworkBelow500,
    NetworkStalled,
    DecisionMakersFew,
    EndorsementsNone,
]
