# logging without configuration: WARNING and above go to stderr as bare messages (last-resort handler); levels and names.
import logging
logging.debug("debug hidden")
logging.info("info hidden")
logging.warning("warning shown")
logging.error("error shown %d", 42)
logging.critical("critical shown")
print(logging.getLevelName(logging.WARNING), logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName("INFO"), logging.root.level, logging.getLogger().name)
log = logging.getLogger("app")
print(log.name, log.level, log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), log.parent.name)
log.warning("from app logger: %s", "args")
log.info("app info hidden")
