# logging.basicConfig(level, format): the default format LEVEL:name:message on stderr, and custom formats with %(…)s fields.
import logging
logging.basicConfig(level=logging.DEBUG)
logging.debug("debug now shown")
logging.info("info %s %d", "with", 2)
log = logging.getLogger("shop.cart")
log.warning("cart is empty")
log.error("payment failed: %r", {"code": 402})
logging.getLogger("shop").critical("down")
print("stdout is separate")
root = logging.getLogger()
handler = root.handlers[0]
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s"))
log.info("custom format")
handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(funcName)s:%(lineno)d %(message)s"))
def checkout():
    log.warning("in function")
checkout()
handler.setFormatter(logging.Formatter("%(asctime)s.%(msecs)03d %(message)s", datefmt="%H:%M:%S"))
log.info("datefmt")
handler.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
log.info("brace style")
logging.basicConfig(level=logging.ERROR, format="ignored: second basicConfig is a no-op")
log.debug("still shown because first config wins")
