from asyncio import (gather,
                     sleep
