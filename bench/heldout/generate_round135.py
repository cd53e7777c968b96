#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 135 (radarr, sabnzbd, deluge, emby, mediamtx) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). One homelab's media stack, 06:00 to 12:00 on
2024-06-07: the programs share one story (`homelab()`: Radarr's and Sonarr's grabs arrive in
SABnzbd and Deluge, Radarr's imports are announced to Emby) and its incidents (NZBgeek answering
503 07:10-07:55, Newshosting refusing connections 07:20-07:48, the NAS's NFS export stale
08:05-08:25, SABnzbd's API key regenerated at 09:40, its incomplete disk full at 09:52). The
brief's fifth system, Owncast, logs a handful of lines an hour at its default level (its debug
lines could not be written faithfully), so MediaMTX, a self-hosted live-streaming server of the
same kind (RTMP in, HLS and WebRTC out), takes its place.

- Radarr 5.6 (`radarr-radarr.txt`, the 1080p instance; `radarr4k-radarr.txt`, the 4K one: each
  container's /config/logs/radarr.txt, NLog's `yyyy-MM-dd HH:mm:ss.f|Level|Logger|message`,
  an exception after a blank line as `[v5.6.0.8846] Type: message` and its stack, then a blank
  line): RSS syncs every 15 minutes (`Starting RSS Sync`, `Processing %s releases`, `RSS Sync
  Completed. Reports found: %s, Reports grabbed: %s`, with `, Reports pending: %s` when a delay
  profile holds one), `Report sent to %s from indexer %s. %s`; an MDBList import list adding 150
  films at 06:45 (`Updating info for %s`, `Scanning disk for %s` each), then searched one by one
  (`Searching indexers for [%s (%s)]. %s active indexers`, the count falling while NZBgeek is
  backed off after its 503s, `%s HTTP request failed: [%s:%s] [%s] at [%s]`, and after NZBFinder's
  `API Request Limit reached for %s`); imports failing once a minute while the NAS is stale
  (`Import failed, path does not exist or is not accessible by Radarr: %s. Ensure the path exists
  ...`); the 12-hourly refresh at 09:30 scanning all 641 films (`Completed scanning disk for %s`
  for those with a folder); Radarr 4K polling SABnzbd with the old key 09:40-10:26 (`Unable to
  retrieve queue and history items from %s` with DownloadClientAuthenticationException's stack,
  and one grab failing, `Couldn't add report to download queue. %s`); `Auth-Success`,
  `Auth-Failure` and `Auth-Unauthorized` lines; the 1080p instance updated and restarted at 10:45
  (`Application is shutting down...`, `Exiting main.`, `Starting Radarr - %s - Version %s`,
  migrations, ASP.NET Core's lifetime lines).
- SABnzbd 4.3.1 (`sabnzbd.log`, Python logging's `%(asctime)s::%(levelname)s::[%(module)s:%(lineno)d]
  %(message)s`, the default Info level): every NZB's `Attempting to add %s` and one `File %s added
  to queue` per article file (rar volumes, par2 sets, an .nfo or .sfv; a quarter obfuscated); the
  downloader's `%s@%s: Initiating connection` for each of 20 connections whenever it starts after
  an idle spell (auto-disconnect); each job's post-processing (`Starting Post-Processing on %s =>
  Repair:%s, Unpack:%s, Delete:%s, Script:%s, Cat:%s`, the verification and unpack lines, `Unpacked
  files %s` with the Python list, `Removing unwanted file %s`, and the notifier's `Sending
  notification: %s - %s (type=%s, job_cat=%s)` with the title and type the call site passes:
  `Post-processing`/`pp`, `Download Completed`/`complete`, `Download Failed`/`failed`,
  `SABnzbd - Paused`/`Resuming`); Newshosting refusing connections (`Failed to initialize %s@%s
  with reason: [Errno 111] Connection refused`, `Thread %s@%s: Failed to initialize`, `Server %s
  will be ignored for %s minutes`, the block account's connections); an encrypted fake at 08:12
  (`Paused job "%s" because of encrypted RAR file ...`); the disk full at 09:52 (`Disk full!
  Forcing Pause` and `Traceback: ` with the OSError's traceback, `Pausing`, resumed at 10:04); the
  old API key from three clients (`API Key incorrect, Use the api key from Config->General in
  your 3rd party program: %s [%s]`, the address and the user agent, two a minute each).
- Deluge 2.1.1 (`deluged.log` and `deluge-web.log`, linuxserver's container running `deluged
  -L info` and `deluge-web -L info`; deluge/log.py's `%(asctime)s [%(levelname)-8s][%(name)-Ns:
  %(lineno)-4d] %(message)s` with the date format `%H:%M:%S`, so no date, and the logger's name
  padded to the longest logger yet created, 30 in the daemon and 27 in the web UI): the
  container's healthcheck running `deluge-console info` every 30 s (`Deluge Client connection
  made from: %s:%s`, `Deluge client disconnected: %s` with twisted's ConnectionDone or
  ConnectionLost text), a cleaner script removing seeded torrents every 10 minutes (`Torrent %s
  removed by user: %s`), Sonarr's torrents added through the web UI (`Torrent %s from user "%s"
  added`), the container recreated by Watchtower at 07:00 and restarted after a hand edit of
  core.conf at 10:40 (the 150 torrents' `Torrent %s from user "%s" loaded`, `Loading torrent
  state: %s`, `Finished loading %s torrents in %s`, plugins, twisted's port and main-loop lines,
  deluge-web's `Unhandled error in Deferred:` and `Unhandled Error` with the ConnectionDone
  traceback), libtorrent's performance alerts while the NAS is stale (`on_alert_performance: %s,
  %s` around the alert's own `%s: performance warning: %s`), move_completed failing after a bad
  chown (`Could not move storage for torrent %s since %s does not exist and could not create the
  directory: [Errno 13] Permission denied: '%s'`), the web password changed at 09:05 without
  telling Sonarr (`Login failed (ClientIP %s)` a minute until 09:52, `Login success`).
- Emby Server 4.8.8 (`embyserver.txt`, `yyyy-MM-dd HH:mm:ss.fff Level Logger: message`, an error
  followed by Emby's tab-indented `*** Error Report ***`): every HTTP request and its response
  (`%s %s %s. Source Ip: %s, UserAgent: %s`, `%s Response %s to %s. Time: %sms. %s`), clients
  reporting progress every 10 s (the children's Android TV, an iPhone, Chrome), an old Kodi
  add-on polling with an expired token every 90 s (`AUTH-ERROR: %s - Access token is invalid or
  expired.`), `Playback start reported by app %s %s playing %s. Started at %s ms` and `Playback
  stopped ... Stopped at %s ms`, the stale NAS (`Error processing request` and `Error in Directory
  watcher for: %s` with the IOException's report), a restart at 08:40 (`Disposing %s`,
  `Application path: %s`, `Emby Server Version: %s` with the environment block, `Entry point
  completed: %s. Duration: %s seconds`), scheduled tasks (`Executing %s`, `%s Completed after %s
  minute(s) and %s seconds`), Radarr's imports announced and probed (`ProcessRun '%s' Execute:
  %s`, `ProcessRun '%s' Process exited with code %s - Succeeded` / `- Failed`, `GET %s` from the
  HttpClient), a 4K film transcoded to HLS for Chrome (the ffmpeg command line, segment requests).
- MediaMTX 1.8.2 (`mediamtx.log`, `yyyy/mm/dd hh:mm:ss LVL message` with the levels `INF`, `WAR`,
  `ERR`): four cameras pulled over RTSP (`[path %s] [RTSP source] started` / `ready: %s`), a
  timelapse script grabbing the backyard every 75 s (`[RTSP] [conn %s] opened`, `[RTSP] [session
  %s] created by %s`, `is reading from path '%s', with %s, %s`, `destroyed: torn down by %s`,
  `closed: EOF`), the doorbell's Wi-Fi losing packets (`%s RTP packets lost`) and gone 07:41-08:06
  (the source's error every 5 s after its retry pause: `dial tcp %s: i/o timeout`, `dial tcp %s:
  connect: no route to host`; Frigate's reader refused every 10 s: `closed: no one is publishing
  to path '%s'`), phones watching over WebRTC (`peer connection established, local candidate: %s,
  remote candidate: %s`, `is reading from path '%s', %s`, `closed: terminated`), Home Assistant's
  HLS muxers (`created (requested by %s)`, `is converting into HLS, %s`, `destroyed: not used
  anymore`), a church service from OBS over RTMP (`closed: path '%s' is not configured` three
  times, `reloading configuration (file changed)`, `is publishing to path '%s', %s`), an update
  at 11:40 (`shutting down gracefully`, `listener is closing`, `listener opened on %s`).

Label notes. The log heads are context: NLog's time, level and logger; SABnzbd's time, level and
`[module:lineno]`; Deluge's time, level and `[logger:lineno]`; Emby's time, level and `Logger:`;
MediaMTX's time and level. MediaMTX's `[RTSP] `, `[conn %s] `, `[session %s] `, `[path %s] [RTSP
source] `, `[HLS] [muxer %s] ` and `[WebRTC] [session %s] ` are the prefixes each component's
`Log` puts before the format (context, as Kafka's `[GroupCoordinator 1]: `), so the RTSP and RTMP
connections' `opened` and `closed: EOF` are one label each, and an RTSP or WebRTC session's
`created by %s` one; a static source's error is logged as `err.Error()` and is labelled with the
error's format. A word the call site passes is wording (SABnzbd's notification titles and types,
the `Failed to initialize` reset message; Deluge's `loaded`/`added`; Emby's `Succeeded`/`Failed`,
`has succeeded`/`has been denied`, `start`/`stopped`); names, titles, paths, addresses, counts,
versions and enum names (libtorrent's warning codes) are values; a value that is an error's or
exception's text contributes its format (errno texts, twisted's ConnectionDone, the Go dial
errors, `Access token is invalid or expired.`, `API Key Incorrect`). Radarr's HttpException text
`HTTP request failed: [%s:%s] [%s] at [%s]` is the second argument of `{0} {1}`. Continuation
lines (Radarr's stacks and the blank lines around them, Python tracebacks, Emby's error reports
and environment block) have no row. Radarr writes tenths of a second, SABnzbd and Emby
milliseconds, Deluge and MediaMTX whole seconds, where Clock keeps one process's lines a second
apart (Deluge's 150 `loaded` lines span two and a half minutes).

Least sure (written from the helper's knowledge; Radarr's HttpIndexerBase, HttpException,
RssSyncService, DownloadService, ImportApprovedMovie and RefreshMovieService, SABnzbd's logging
set-up, postproc, nzbparser, notifier, downloader and interface, Deluge's log.py, daemon and
torrentmanager, and MediaMTX's RTSP session and static source handler were checked against
copies of their sources, of several versions): Radarr 5.6's `Report sent to %s from indexer %s.
%s` (older versions write `Report sent to %s. %s`), DiskScanService's `Scanning disk for %s` and
`Completed scanning disk for %s` at Info, `Movie search completed. %s reports downloaded.`, the
line numbers in the stacks; SABnzbd's `[module:lineno]` numbers, `Server %s will be ignored for
%s minutes`, the encrypted-RAR warning's module, `Pausing` / `Resuming`; Deluge's `Deluge daemon
%s`, `Starting server in PID %s.`, `Serving at %s:%s`, `Shutting down webserver`, the twisted
factory lines, whether twisted's unhandled-error report is two records, and the web UI's login
lines; all of Emby's wording (its server is closed source: the request, response, playback,
ProcessRun, entry-point, task and error-report lines are from memory of real logs, the startup
block's first line and `Disposing %s` least of all); MediaMTX's RTP-loss text, `destroyed:
terminated` for readers of a source that stops, `stopped: path is closing`, `listener is closing`
and `closed: path '%s' is not configured`. Run it only to change the data on purpose: `python
bench/heldout/generate_round135.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, 0, tzinfo=UTC) + sec(s)


# The films of the household's libraries and of the import list Radarr takes in at 06:45.
FILMS = [
    ("The Shawshank Redemption", 1994),
    ("The Godfather", 1972),
    ("The Dark Knight", 2008),
    ("The Godfather Part II", 1974),
    ("12 Angry Men", 1957),
    ("Schindler's List", 1993),
    ("Pulp Fiction", 1994),
    ("The Good, the Bad and the Ugly", 1966),
    ("Fight Club", 1999),
    ("Forrest Gump", 1994),
    ("Inception", 2010),
    ("The Matrix", 1999),
    ("Goodfellas", 1990),
    ("Se7en", 1995),
    ("Seven Samurai", 1954),
    ("It's a Wonderful Life", 1946),
    ("The Silence of the Lambs", 1991),
    ("City of God", 2002),
    ("Saving Private Ryan", 1998),
    ("Interstellar", 2014),
    ("Spirited Away", 2001),
    ("The Green Mile", 1999),
    ("Parasite", 2019),
    ("Léon: The Professional", 1994),
    ("Harakiri", 1962),
    ("The Pianist", 2002),
    ("Terminator 2: Judgment Day", 1991),
    ("Back to the Future", 1985),
    ("Psycho", 1960),
    ("The Usual Suspects", 1995),
    ("The Lion King", 1994),
    ("Modern Times", 1936),
    ("American History X", 1998),
    ("Grave of the Fireflies", 1988),
    ("Gladiator", 2000),
    ("The Departed", 2006),
    ("The Prestige", 2006),
    ("Whiplash", 2014),
    ("Casablanca", 1942),
    ("The Intouchables", 2011),
    ("Cinema Paradiso", 1988),
    ("Rear Window", 1954),
    ("Alien", 1979),
    ("Apocalypse Now", 1979),
    ("Memento", 2000),
    ("Django Unchained", 2012),
    ("WALL·E", 2008),
    ("The Lives of Others", 2006),
    ("Sunset Boulevard", 1950),
    ("Paths of Glory", 1957),
    ("The Shining", 1980),
    ("The Great Dictator", 1940),
    ("Avengers: Infinity War", 2018),
    ("Witness for the Prosecution", 1957),
    ("Aliens", 1986),
    ("Spider-Man: Into the Spider-Verse", 2018),
    ("American Beauty", 1999),
    ("Dr. Strangelove", 1964),
    ("The Dark Knight Rises", 2012),
    ("Oldboy", 2003),
    ("Inglourious Basterds", 2009),
    ("Amadeus", 1984),
    ("Coco", 2017),
    ("Toy Story", 1995),
    ("Braveheart", 1995),
    ("Das Boot", 1981),
    ("Joker", 2019),
    ("Princess Mononoke", 1997),
    ("Good Will Hunting", 1997),
    ("Your Name.", 2016),
    ("Once Upon a Time in America", 1984),
    ("High and Low", 1963),
    ("3 Idiots", 2009),
    ("Singin' in the Rain", 1952),
    ("Requiem for a Dream", 2000),
    ("Toy Story 3", 2010),
    ("Capernaum", 2018),
    ("Star Wars: Episode VI - Return of the Jedi", 1983),
    ("Eternal Sunshine of the Spotless Mind", 2004),
    ("2001: A Space Odyssey", 1968),
    ("Reservoir Dogs", 1992),
    ("Ikiru", 1952),
    ("Lawrence of Arabia", 1962),
    ("The Hunt", 2012),
    ("Citizen Kane", 1941),
    ("M", 1931),
    ("North by Northwest", 1959),
    ("Vertigo", 1958),
    ("Amélie", 2001),
    ("A Clockwork Orange", 1971),
    ("Full Metal Jacket", 1987),
    ("Double Indemnity", 1944),
    ("Scarface", 1983),
    ("Heat", 1995),
    ("Up", 2009),
    ("To Kill a Mockingbird", 1962),
    ("The Sting", 1973),
    ("A Separation", 2011),
    ("Indiana Jones and the Last Crusade", 1989),
    ("Metropolis", 1927),
    ("Snatch", 2000),
    ("L.A. Confidential", 1997),
    ("Bicycle Thieves", 1948),
    ("Taxi Driver", 1976),
    ("Downfall", 2004),
    ("Dangal", 2016),
    ("Batman Begins", 2005),
    ("For a Few Dollars More", 1965),
    ("The Wolf of Wall Street", 2013),
    ("Green Book", 2018),
    ("Some Like It Hot", 1959),
    ("The Kid", 1921),
    ("The Father", 2020),
    ("All About Eve", 1950),
    ("Judgment at Nuremberg", 1961),
    ("Top Gun: Maverick", 2022),
    ("Shutter Island", 2010),
    ("Ran", 1985),
    ("Jurassic Park", 1993),
    ("There Will Be Blood", 2007),
    ("Casino", 1995),
    ("The Sixth Sense", 1999),
    ("Pan's Labyrinth", 2006),
    ("Unforgiven", 1992),
    ("No Country for Old Men", 2007),
    ("The Thing", 1982),
    ("A Beautiful Mind", 2001),
    ("Kill Bill: Vol. 1", 2003),
    ("The Treasure of the Sierra Madre", 1948),
    ("Yojimbo", 1961),
    ("Monty Python and the Holy Grail", 1975),
    ("The Great Escape", 1963),
    ("Finding Nemo", 2003),
    ("Prisoners", 2013),
    ("Howl's Moving Castle", 2004),
    ("Rashomon", 1950),
    ("The Elephant Man", 1980),
    ("Dial M for Murder", 1954),
    ("Chinatown", 1974),
    ("Gone with the Wind", 1939),
    ("The Secret in Their Eyes", 2009),
    ("Lock, Stock and Two Smoking Barrels", 1998),
    ("Inside Out", 2015),
    ("V for Vendetta", 2005),
    ("Raging Bull", 1980),
    ("Three Billboards Outside Ebbing, Missouri", 2017),
    ("Trainspotting", 1996),
    ("The Bridge on the River Kwai", 1957),
    ("Fargo", 1996),
    ("Warrior", 2011),
    ("Gran Torino", 2008),
    ("My Neighbor Totoro", 1988),
    ("Catch Me If You Can", 2002),
    ("Million Dollar Baby", 2004),
    ("Children of Heaven", 1997),
    ("Blade Runner", 1982),
    ("The Gold Rush", 1925),
    ("Before Sunrise", 1995),
    ("12 Years a Slave", 2013),
    ("Ben-Hur", 1959),
    ("Klaus", 2019),
    ("Harry Potter and the Deathly Hallows: Part 2", 2011),
    ("Gone Girl", 2014),
    ("The Grand Budapest Hotel", 2014),
    ("In the Name of the Father", 1993),
    ("On the Waterfront", 1954),
    ("The General", 1926),
    ("Barry Lyndon", 1975),
    ("Hacksaw Ridge", 2016),
    ("The Deer Hunter", 1978),
    ("Wild Tales", 2014),
    ("Memories of Murder", 2003),
    ("Mad Max: Fury Road", 2015),
    ("Dune: Part Two", 2024),
    ("Oppenheimer", 2023),
    ("Civil War", 2024),
    ("The Fall Guy", 2024),
    ("Godzilla x Kong: The New Empire", 2024),
    ("Challengers", 2024),
    ("Kingdom of the Planet of the Apes", 2024),
    ("Furiosa: A Mad Max Saga", 2024),
]

# The films the household already has in 4K (Radarr 4K's library), and films released lately.
RECENT = FILMS[-8:]

# The films already in Radarr's 1080p library (with the last of FILMS): its 09:30 refresh.
LIBRARY = """Arrival 2016|Blade Runner 2049 2017|Sicario 2015|Prisoners 2013|Enemy 2013|Incendies 2010|Dune 2021|
Knives Out 2019|Glass Onion 2022|Looper 2012|Brick 2005|The Martian 2015|Gravity 2013|Edge of Tomorrow 2014|
Ex Machina 2014|Annihilation 2018|Her 2013|Drive 2011|Nightcrawler 2014|Whiplash 2014|La La Land 2016|
First Man 2018|Babylon 2022|The Social Network 2010|Zodiac 2007|Gone Baby Gone 2007|The Town 2010|Argo 2012|
Moneyball 2011|Collateral 2004|Thief 1981|Manhunter 1986|The Insider 1999|Public Enemies 2009|Miami Vice 2006|
The Irishman 2019|Silence 2016|Hugo 2011|The Aviator 2004|Gangs of New York 2002|Cape Fear 1991|After Hours 1985|
The King of Comedy 1982|Mean Streets 1973|Killers of the Flower Moon 2023|Past Lives 2023|Aftersun 2022|
The Holdovers 2023|Anatomy of a Fall 2023|The Zone of Interest 2023|Poor Things 2023|The Favourite 2018|
The Lobster 2015|The Killing of a Sacred Deer 2017|Dogtooth 2009|Everything Everywhere All at Once 2022|
Swiss Army Man 2016|Uncut Gems 2019|Good Time 2017|Lady Bird 2017|Little Women 2019|
Frances Ha 2012|Marriage Story 2019|The Squid and the Whale 2005|Moonlight 2016|If Beale Street Could Talk 2018|
Get Out 2017|Us 2019|Nope 2022|Hereditary 2018|Midsommar 2019|The Witch 2015|The Lighthouse 2019|
The Northman 2022|It Follows 2014|The Babadook 2014|Talk to Me 2022|Barbarian 2022|Smile 2022|
A Quiet Place 2018|The Conjuring 2013|Insidious 2010|Sinister 2012|The Descent 2005|28 Days Later 2002|
Children of Men 2006|Gravity 2013|Roma 2018|Y Tu Mamá También 2001|Birdman 2014|The Revenant 2015|Babel 2006|
Amores Perros 2000|21 Grams 2003|Biutiful 2010|The Shape of Water 2017|Nightmare Alley 2021|Crimson Peak 2015|
Hellboy 2004|Pacific Rim 2013|Blade II 2002|Cronos 1993|The Devil's Backbone 2001|Mimic 1997|
Moon 2009|Source Code 2011|Warcraft 2016|District 9 2009|Elysium 2013|Chappie 2015|
Edge of Darkness 2010|Apocalypto 2006|Hacksaw Ridge 2016|The Passion of the Christ 2004|Lethal Weapon 1987|
Die Hard 1988|Predator 1987|Commando 1985|Total Recall 1990|True Lies 1994|The Terminator 1984|
The Abyss 1989|Titanic 1997|Avatar 2009|Avatar: The Way of Water 2022|Jaws 1975|E.T. the Extra-Terrestrial 1982|
Close Encounters of the Third Kind 1977|Raiders of the Lost Ark 1981|Minority Report 2002|Munich 2005|
Bridge of Spies 2015|Lincoln 2012|War of the Worlds 2005|The Fabelmans 2022|West Side Story 2021|
Ready Player One 2018|Hook 1991|Duel 1971|Jurassic World 2015|The Lost World: Jurassic Park 1997|
Star Wars 1977|The Empire Strikes Back 1980|Rogue One 2016|The Force Awakens 2015|The Last Jedi 2017|
The Lord of the Rings: The Fellowship of the Ring 2001|The Lord of the Rings: The Two Towers 2002|
The Lord of the Rings: The Return of the King 2003|The Hobbit: An Unexpected Journey 2012|
Heavenly Creatures 1994|The Frighteners 1996|King Kong 2005|Braindead 1992|
Iron Man 2008|The Avengers 2012|Captain America: The Winter Soldier 2014|Guardians of the Galaxy 2014|
Avengers: Endgame 2019|Black Panther 2018|Thor: Ragnarok 2017|Spider-Man: No Way Home 2021|
Spider-Man 2 2004|Spider-Man 2002|Logan 2017|X-Men: Days of Future Past 2014|Deadpool 2016|
The Batman 2022|Batman 1989|Batman Returns 1992|Superman 1978|Man of Steel 2013|Wonder Woman 2017|
Watchmen 2009|300 2006|Sin City 2005|Dredd 2012|Judge Dredd 1995|RoboCop 1987|Starship Troopers 1997|
Basic Instinct 1992|Total Recall 2012|The Fifth Element 1997|Nikita 1990|Lucy 2014|
Taken 2008|John Wick 2014|John Wick: Chapter 2 2017|John Wick: Chapter 3 - Parabellum 2019|
John Wick: Chapter 4 2023|Atomic Blonde 2017|Nobody 2021|Bullet Train 2022|The Raid 2011|The Raid 2 2014|
Hard Boiled 1992|The Killer 1989|A Better Tomorrow 1986|Infernal Affairs 2002|In the Mood for Love 2000|
Chungking Express 1994|Fallen Angels 1995|2046 2004|Happy Together 1997|Crouching Tiger, Hidden Dragon 2000|
Hero 2002|House of Flying Daggers 2004|Raise the Red Lantern 1991|Farewell My Concubine 1993|
Shoplifters 2018|Drive My Car 2021|Perfect Days 2023|Tokyo Story 1953|Late Spring 1949|Ugetsu 1953|
Sansho the Bailiff 1954|Woman in the Dunes 1964|Tampopo 1985|Akira 1988|Ghost in the Shell 1995|
Perfect Blue 1997|Paprika 2006|Millennium Actress 2001|Tokyo Godfathers 2003|The Boy and the Heron 2023|
Kiki's Delivery Service 1989|Castle in the Sky 1986|Porco Rosso 1992|Ponyo 2008|The Wind Rises 2013|
Nausicaä of the Valley of the Wind 1984|Whisper of the Heart 1995|Weathering with You 2019|Suzume 2022|
A Silent Voice 2016|Wolf Children 2012|The Girl Who Leapt Through Time 2006|Mirai 2018|Belle 2021|
The Handmaiden 2016|Mother 2009|Snowpiercer 2013|Okja 2017|The Host 2006|Burning 2018|
Decision to Leave 2022|Train to Busan 2016|I Saw the Devil 2010|The Chaser 2008|A Bittersweet Life 2005|
The Wailing 2016|Sympathy for Mr. Vengeance 2002|Lady Vengeance 2005|Thirst 2009|Joint Security Area 2000|
Amour 2012|Caché 2005|The White Ribbon 2009|Funny Games 1997|The Seventh Seal 1957|Wild Strawberries 1957|
Persona 1966|Fanny and Alexander 1982|Cries and Whispers 1972|Autumn Sonata 1978|
8½ 1963|La Dolce Vita 1960|Nights of Cabiria 1957|La Strada 1954|Rome, Open City 1945|L'Avventura 1960|
Blow-Up 1966|The Conformist 1970|Last Tango in Paris 1972|1900 1976|The Last Emperor 1987|
The 400 Blows 1959|Breathless 1960|Jules and Jim 1962|Contempt 1963|Pierrot le Fou 1965|
Playtime 1967|Mon Oncle 1958|La Haine 1995|Amélie 2001|Portrait of a Lady on Fire 2019|Titane 2021|
Raw 2016|Blue Is the Warmest Colour 2013|A Prophet 2009|Rust and Bone 2012|The Artist 2011|
Three Colours: Blue 1993|Three Colours: White 1994|Three Colours: Red 1994|The Double Life of Véronique 1991|
Cold War 2018|Ida 2013|Son of Saul 2015|Another Round 2020|The Celebration 1998|Melancholia 2011|
Dancer in the Dark 2000|Breaking the Waves 1996|Dogville 2003|Let the Right One In 2008|
The Square 2017|Triangle of Sadness 2022|Force Majeure 2014|Border 2018|The Worst Person in the World 2021|
Oslo, August 31st 2011|Headhunters 2011|Victoria 2015|Run Lola Run 1998|Good Bye Lenin! 2003|
Toni Erdmann 2016|Wings of Desire 1987|Paris, Texas 1984|Fitzcarraldo 1982|Aguirre, the Wrath of God 1972|
Nosferatu 1922|The Cabinet of Dr. Caligari 1920|Das Experiment 2001|The Wave 2008|Head-On 2004|
All Quiet on the Western Front 2022|1917 2019|Dunkirk 2017|Tenet 2020|Insomnia 2002|Following 1998|
Fury 2014|Black Hawk Down 2001|The Hurt Locker 2008|Zero Dark Thirty 2012|Jarhead 2005|Platoon 1986|
Born on the Fourth of July 1989|JFK 1991|Wall Street 1987|Natural Born Killers 1994|Heat 1995|
The Thin Red Line 1998|Days of Heaven 1978|Badlands 1973|The Tree of Life 2011|A Hidden Life 2019|
There's Something About Mary 1998|Dumb and Dumber 1994|The Big Lebowski 1998|Raising Arizona 1987|
Blood Simple 1984|Miller's Crossing 1990|Barton Fink 1991|O Brother, Where Art Thou? 2000|
Inside Llewyn Davis 2013|A Serious Man 2009|True Grit 2010|Burn After Reading 2008|Hail, Caesar! 2016|
Rushmore 1998|The Royal Tenenbaums 2001|The Life Aquatic with Steve Zissou 2004|Moonrise Kingdom 2012|
Fantastic Mr. Fox 2009|Isle of Dogs 2018|The French Dispatch 2021|Asteroid City 2023|
Boogie Nights 1997|Magnolia 1999|Punch-Drunk Love 2002|The Master 2012|Phantom Thread 2017|
Licorice Pizza 2021|Inherent Vice 2014|Hard Eight 1996|Being John Malkovich 1999|Adaptation 2002|
Synecdoche, New York 2008|Lost in Translation 2003|The Virgin Suicides 1999|Marie Antoinette 2006|
Jackie Brown 1997|Death Proof 2007|The Hateful Eight 2015|Once Upon a Time in Hollywood 2019|
Kill Bill: Vol. 2 2004|From Dusk Till Dawn 1996|Desperado 1995|Planet Terror 2007|
The Nice Guys 2016|Kiss Kiss Bang Bang 2005|Lethal Weapon 2 1989|The Last Boy Scout 1991|
Ghostbusters 1984|Groundhog Day 1993|Caddyshack 1980|Stripes 1981|The Blues Brothers 1980|
Airplane! 1980|The Naked Gun 1988|Top Secret! 1984|Spaceballs 1987|Young Frankenstein 1974|
Blazing Saddles 1974|The Producers 1967|Annie Hall 1977|Manhattan 1979|Hannah and Her Sisters 1986|
Midnight in Paris 2011|Match Point 2005|Crimes and Misdemeanors 1989|Sleeper 1973|
When Harry Met Sally... 1989|The Princess Bride 1987|Stand by Me 1986|Misery 1990|A Few Good Men 1992|
The Shining 1997|Carrie 1976|The Dead Zone 1983|Christine 1983|It 2017|Doctor Sleep 2019|
Halloween 1978|The Fog 1980|Escape from New York 1981|Big Trouble in Little China 1986|They Live 1988|
The Exorcist 1973|Rosemary's Baby 1968|The Omen 1976|Poltergeist 1982|A Nightmare on Elm Street 1984|
The Texas Chain Saw Massacre 1974|Evil Dead II 1987|Army of Darkness 1992|Scream 1996|The Others 2001|
The Ring 2002|Ringu 1998|Audition 1999|Suspiria 1977|Don't Look Now 1973|The Wicker Man 1973|
Rocky 1976|Creed 2015|Raging Bull 1980|The Fighter 2010|Million Dollar Baby 2004|Rush 2013|
Ford v Ferrari 2019|Le Mans 1971|Senna 2010|Grand Prix 1966|Days of Thunder 1990|Top Gun 1986|
The Right Stuff 1983|Apollo 13 1995|Hidden Figures 2016|Contact 1997|Sunshine 2007|Solaris 1972|
Stalker 1979|Andrei Rublev 1966|Mirror 1975|Come and See 1985|Ivan's Childhood 1962|Leviathan 2014"""

OWNED = []
for _item in LIBRARY.replace("\n", "").split("|"):
    _title, _year = _item.rsplit(" ", 1)
    if _title not in OWNED and _title not in [f[0] for f in FILMS]:
        OWNED.append(_title)
OWNED = [f[0] for f in FILMS[150:]] + OWNED


def dotted(title: str) -> str:
    """A release's name for a title, as scene and P2P groups write it."""
    t = title.replace("&", "and").replace("·", "").replace("é", "e").replace("É", "E")
    t = re.sub(r"[':,!?.()]", "", t)
    t = re.sub(r"\s+-\s+", " ", t)
    return ".".join(t.split())


GROUPS_HD = [
    "FLUX",
    "NTb",
    "CMRG",
    "AMIABLE",
    "SPARKS",
    "GECKOS",
    "ROVERS",
    "BLOW",
    "playWEB",
    "KOGi",
    "EDITH",
    "SWTYBLZ",
]
GROUPS_4K = ["FLUX", "SiCFoI", "TERMiNAL", "HONE", "FraMeSToR", "W4NK3R"]


def release(r: random.Random, title: str, year: int, uhd: bool = False) -> str:
    name = f"{dotted(title)}.{year}"
    if uhd:
        src = r.choice(
            [
                "2160p.UHD.BluRay.REMUX.DV.HDR.HEVC.TrueHD.Atmos.7.1",
                "2160p.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265",
                "2160p.UHD.BluRay.x265.10bit.HDR.DTS-HD.MA.5.1",
            ]
        )
        return f"{name}.{src}-{r.choice(GROUPS_4K)}"
    if year >= 2020:
        src = r.choice(
            [
                "1080p.AMZN.WEB-DL.DDP5.1.Atmos.H.264",
                "1080p.WEB-DL.DDP5.1.H.264",
                "1080p.ATVP.WEB-DL.DDP5.1.H.264",
                "1080p.MA.WEB-DL.DDP5.1.H.264",
            ]
        )
    else:
        src = r.choice(
            [
                "1080p.BluRay.x264",
                "1080p.BluRay.DD5.1.x264",
                "1080p.BluRay.DTS.x264",
                "REMASTERED.1080p.BluRay.x264",
            ]
        )
    return f"{name}.{src}-{r.choice(GROUPS_HD)}"


# ------------------------------------------------------------------------ the household's day
# One homelab, five programs: Radarr (two instances) sends NZBs to SABnzbd, Sonarr sends TV to
# SABnzbd and to Deluge, Emby serves the library from the NAS, MediaMTX relays the cameras.
# The incidents are shared: the NAS's NFS export goes stale 08:05-08:25, Newshosting refuses
# connections 07:20-07:48 and NZBgeek answers 503 07:10-07:55, SABnzbd's API key is regenerated
# at 09:40 (Radarr 4K keeps the old one until 10:26), SABnzbd's incomplete disk fills at 09:52.

NAS_DOWN = (at(8, 5, 12), at(8, 25, 40))
NZBGEEK_DOWN = (at(7, 10), at(7, 55))
NEWSHOSTING_DOWN = (at(7, 20), at(7, 48))
APIKEY_NEW = at(9, 40, 12)
APIKEY_FIXED = {"radarr": at(9, 42, 31), "sonarr": at(9, 44, 5), "radarr4k": at(10, 26, 47)}
DISK_FULL = (at(9, 52, 20), at(10, 4, 3))
SAB_RESTART = at(11, 0, 2)
RADARR_RESTART = at(10, 45, 8)


def homelab() -> dict[str, list[tuple[datetime, str, str]]]:
    """The grabs every program sees alike: Radarr's and Sonarr's, each (when, release, who)."""
    r = random.Random("heldout-round135-homelab")
    grabs: dict[str, list[tuple[datetime, str, str]]] = {
        "radarr": [],
        "radarr4k": [],
        "sonarr": [],
        "sonarr-torrent": [],
    }
    # Radarr (HD): RSS grabs of recent films, and 16 films of the import list found by its search
    for hm, (title, year) in zip(
        [(6, 37), (7, 37), (7, 52), (8, 52), (10, 22), (11, 37)], RECENT, strict=False
    ):
        grabs["radarr"].append((at(*hm, r.uniform(20, 50)), release(r, title, year), title))
    listed = FILMS[:150]
    picks = sorted(r.sample(range(150), 16))
    for i in picks:
        t = at(6, 49, 10) + sec(i * 29.5 + r.uniform(8, 20))
        title, year = listed[i]
        grabs["radarr"].append((t, release(r, title, year), title))
    for hm, (title, year) in zip(
        [(7, 26), (10, 11), (11, 11)], [RECENT[0], RECENT[2], RECENT[5]], strict=False
    ):
        grabs["radarr4k"].append((at(*hm, r.uniform(40, 55)), release(r, title, year, True), title))
    shows = [
        ("The.Bear", "S03E0{}", "1080p.HULU.WEB-DL.DDP5.1.H.264-NTb"),
        ("House.of.the.Dragon", "S02E0{}", "1080p.AMZN.WEB-DL.DDP5.1.H.264-FLUX"),
        ("The.Boys", "S04E0{}", "1080p.AMZN.WEB-DL.DDP5.1.H.264-FLUX"),
        ("Bluey.2018", "S03E{}", "1080p.DSNP.WEB-DL.AAC2.0.H.264-NTb"),
        ("Hacks", "S03E0{}", "1080p.MAX.WEB-DL.DDP5.1.H.264-NTb"),
        ("Dark.Matter.2024", "S01E0{}", "1080p.ATVP.WEB-DL.DDP5.1.Atmos.H.264-FLUX"),
    ]
    for t in sorted(poisson(r, at(6, 3), at(11, 55), 1500)):
        show, ep, tail = r.choice(shows)
        n = r.randint(1, 9) if "0{}" in ep else r.randint(10, 49)
        grabs["sonarr"].append((t, f"{show}.{ep.format(n)}.{tail}", show))
    anime = [
        "[SubsPlease] Kaiju No. 8 - {:02d} (1080p) [{}].mkv",
        "[SubsPlease] Dungeon Meshi - {:02d} (1080p) [{}].mkv",
        "[Erai-raws] Wind Breaker - {:02d} [1080p][Multiple Subtitle][{}].mkv",
        "[SubsPlease] Kono Subarashii Sekai ni Shukufuku wo! S3 - {:02d} (1080p) [{}].mkv",
        "The.Acolyte.S01E0{}.1080p.DSNP.WEB-DL.DDP5.1.H.264-NTb",
        "Shogun.2024.S01E{:02d}.1080p.DSNP.WEB-DL.DDP5.1.H.264-FLUX",
    ]
    for t in sorted(poisson(r, at(6, 5), at(11, 58), 540)):
        a = r.choice(anime)
        name = (
            a.format(r.randint(1, 12), hexid(r, 8).upper())
            if "[" in a
            else a.format(r.randint(1, 8))
        )
        grabs["sonarr-torrent"].append((t, name, "sonarr"))
    return grabs


# ----------------------------------------------------------------------------------- radarr

RD_VER, RD_VER2 = "5.6.0.8846", "5.7.0.8882"
RD_INDEXER_URL = {
    "NZBgeek": "https://api.nzbgeek.info/api",
    "DrunkenSlug": "https://drunkenslug.com/api",
    "NZBFinder": "https://nzbfinder.ws/api",
}
RD_CATS = "2000,2010,2020,2030,2040,2045,2050,2060"


def rd_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 100000}"


def rd_sab_auth_stack(call: str) -> list[str]:
    """DownloadClientAuthenticationException as Radarr 5 prints it, thrown from a SABnzbd call."""
    frames = {
        "queue": [
            "   at NzbDrone.Core.Download.Clients.Sabnzbd.SabnzbdProxy.GetQueue(Int32 start, Int32 limit, SabnzbdSettings settings) in ./Radarr.Core/Download/Clients/Sabnzbd/SabnzbdProxy.cs:line 117",
            "   at NzbDrone.Core.Download.Clients.Sabnzbd.Sabnzbd.GetQueue() in ./Radarr.Core/Download/Clients/Sabnzbd/Sabnzbd.cs:line 62",
            "   at NzbDrone.Core.Download.Clients.Sabnzbd.Sabnzbd.GetItems() in ./Radarr.Core/Download/Clients/Sabnzbd/Sabnzbd.cs:line 172",
            "   at NzbDrone.Core.Download.TrackedDownloads.DownloadMonitoringService.ProcessClientDownloads(IDownloadClient downloadClient) in ./Radarr.Core/Download/TrackedDownloads/DownloadMonitoringService.cs:line 114",
        ],
        "add": [
            "   at NzbDrone.Core.Download.Clients.Sabnzbd.SabnzbdProxy.DownloadNzb(Byte[] nzbData, String filename, String category, Int32 priority, SabnzbdSettings settings) in ./Radarr.Core/Download/Clients/Sabnzbd/SabnzbdProxy.cs:line 44",
            "   at NzbDrone.Core.Download.Clients.Sabnzbd.Sabnzbd.AddFromNzbFile(RemoteMovie remoteMovie, String filename, Byte[] fileContent) in ./Radarr.Core/Download/Clients/Sabnzbd/Sabnzbd.cs:line 41",
            "   at NzbDrone.Core.Download.UsenetClientBase`1.Download(RemoteMovie remoteMovie, IIndexer indexer) in ./Radarr.Core/Download/UsenetClientBase.cs:line 77",
            "   at NzbDrone.Core.Download.DownloadService.DownloadReport(RemoteMovie remoteMovie, Nullable`1 downloadClientId) in ./Radarr.Core/Download/DownloadService.cs:line 120",
            "   at NzbDrone.Core.Download.ProcessDownloadDecisions.ProcessDecisionInternal(DownloadDecision decision, Nullable`1 downloadClientId) in ./Radarr.Core/Download/ProcessDownloadDecisions.cs:line 241",
        ],
    }[call]
    return [
        "NzbDrone.Core.Download.Clients.DownloadClientAuthenticationException: API Key Incorrect",
        "   at NzbDrone.Core.Download.Clients.Sabnzbd.SabnzbdProxy.CheckForError(HttpResponse response) in ./Radarr.Core/Download/Clients/Sabnzbd/SabnzbdProxy.cs:line 247",
        "   at NzbDrone.Core.Download.Clients.Sabnzbd.SabnzbdProxy.ProcessRequest(HttpRequestBuilder requestBuilder, SabnzbdSettings settings) in ./Radarr.Core/Download/Clients/Sabnzbd/SabnzbdProxy.cs:line 197",
        *frames,
    ]


def radarr(r: random.Random) -> list[Log]:
    """Two Radarr 5.6 instances in Docker (`radarr`, 1080p, 598 films and an MDBList import list
    adding 150 at 06:45; `radarr4k`, 142 films), each writing /config/logs/radarr.txt: RSS syncs
    every 15 minutes, the import list's films refreshed and searched one by one, NZBgeek's 503s,
    NZBFinder's API limit, imports failing while the NAS is stale, Radarr 4K's old SABnzbd key
    09:40-10:26, the 4K library's refresh at 08:40, `radarr` updated and restarted at 10:45."""
    fs = Files()
    lab = homelab()
    ver = {"radarr": RD_VER, "radarr4k": RD_VER}

    def L(
        inst: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        lines = [msg]
        if exc:
            lines += ["", f"[v{ver[inst]}] " + exc[0], *exc[1:], ""]
        return fs.add(
            f"{inst}-radarr.txt",
            t,
            label,
            lambda x: [f"{rd_ts(x)}|{level}|{logger}|{lines[0]}", *lines[1:]],
            inst,
            100_000,
        )

    def startup(inst: str, t: datetime, port: int) -> datetime:
        t = L(
            inst,
            t,
            "Info",
            "Bootstrap",
            "Starting Radarr - %s - Version %s",
            f"Starting Radarr - /app/radarr/bin/Radarr - Version {ver[inst]}",
        )
        t = L(
            inst,
            t + sec(0.2),
            "Info",
            "AppFolderInfo",
            "Data directory is being overridden to [%s]",
            "Data directory is being overridden to [/config]",
        )
        for db in ["radarr.db", "logs.db"]:
            t = L(
                inst,
                t + sec(r.uniform(0.3, 0.8)),
                "Info",
                "MigrationController",
                "*** Migrating %s ***",
                f"*** Migrating data source=/config/{db};cache size=-20000;datetimekind=Utc;journal mode=Wal;pooling=True;version=3;busytimeout=100 ***",
            )
        t = L(
            inst,
            t + sec(0.9),
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Now listening on: %s",
            f"Now listening on: http://[::]:{port}",
        )
        t = L(
            inst,
            t + sec(0.1),
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Application started. Press Ctrl+C to shut down.",
            "Application started. Press Ctrl+C to shut down.",
        )
        t = L(
            inst,
            t + sec(0.1),
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Hosting environment: %s",
            "Hosting environment: Production",
        )
        return L(
            inst,
            t + sec(0.1),
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Content root path: %s",
            "Content root path: /app/radarr/bin",
        )

    # the indexers each instance searches, and when each is backed off
    indexers = {
        "radarr": ["NZBgeek", "DrunkenSlug", "NZBFinder"],
        "radarr4k": ["NZBgeek", "DrunkenSlug"],
    }
    # a failure at each window's start, then 5, 15 and 30 minutes off
    geek_off = [
        (at(7, 10, 40), at(7, 15, 50)),
        (at(7, 15, 55), at(7, 31, 5)),
        (at(7, 31, 10), at(8, 1, 10)),
    ]
    finder_limit = at(7, 41, 17)

    def active(inst: str, t: datetime) -> list[str]:
        out = []
        for ix in indexers[inst]:
            if ix == "NZBgeek" and any(a < t < b for a, b in geek_off):
                continue
            if ix == "NZBFinder" and finder_limit < t < finder_limit + sec(3600):
                continue
            out.append(ix)
        return out

    def geek_failure(inst: str, t: datetime, query: str) -> datetime:
        url = f"{RD_INDEXER_URL['NZBgeek']}?{query}&extended=1&apikey=(removed)&offset=0&limit=100"
        return L(
            inst,
            t,
            "Warn",
            "Newznab",
            "%s HTTP request failed: [%s:%s] [%s] at [%s]",
            f"NZBgeek HTTP request failed: [503:ServiceUnavailable] [GET] at [{url}]",
        )

    # ---- RSS syncs, every 15 minutes (the task's next run is its last end plus the interval);
    # Radarr 4K meets NZBgeek's outage on its own syncs and backs it off 5, then 15 minutes
    grabs_by_inst = {k: sorted(lab[k]) for k in ("radarr", "radarr4k")}
    recent = [f[0] for f in RECENT]
    geek4k = {"until": at(0, 0), "level": 0}
    for inst, first in [("radarr", at(6, 7, 12)), ("radarr4k", at(6, 11, 40))]:
        t = first
        while t < at(12, 0):
            if inst == "radarr" and RADARR_RESTART - sec(60) < t < RADARR_RESTART + sec(60):
                t += sec(15 * 60)
                continue
            t0 = L(inst, t, "Info", "RssSyncService", "Starting RSS Sync", "Starting RSS Sync")
            tt = t0 + sec(r.uniform(1.5, 4))
            if inst == "radarr":
                ixs = active(inst, t)
            else:
                ixs = []
                for ix in indexers[inst]:
                    if ix == "NZBgeek":
                        if t < geek4k["until"]:
                            continue
                        if NZBGEEK_DOWN[0] <= t < NZBGEEK_DOWN[1]:
                            tt = geek_failure(inst, tt, "t=search&cat=2000,2040,2045,2060")
                            geek4k["level"] += 1
                            geek4k["until"] = t + sec([300, 900, 1800, 3600][geek4k["level"] - 1])
                            continue
                        geek4k["level"] = 0
                    ixs.append(ix)
            found = sum(r.randint(90, 110) if inst == "radarr" else r.randint(60, 100) for _ in ixs)
            tt = L(
                inst,
                tt + sec(r.uniform(0.5, 2)),
                "Info",
                "DownloadDecisionMaker",
                "Processing %s releases",
                f"Processing {found} releases",
            )
            tt += sec(r.uniform(2, 9))
            grabbed = [
                g for g in grabs_by_inst[inst] if t <= g[0] < t + sec(15 * 60) and g[2] in recent
            ]
            ok = 0
            for _gt, rel, _title in grabbed:
                if inst == "radarr4k" and APIKEY_NEW < tt < APIKEY_FIXED["radarr4k"]:
                    tt = L(
                        inst,
                        tt + sec(r.uniform(0.5, 1.5)),
                        "Warn",
                        "ProcessDownloadDecisions",
                        "Couldn't add report to download queue. %s",
                        f"Couldn't add report to download queue. {rel}",
                        rd_sab_auth_stack("add"),
                    )
                    continue
                tt = L(
                    inst,
                    tt + sec(r.uniform(0.5, 1.5)),
                    "Info",
                    "DownloadService",
                    "Report sent to %s from indexer %s. %s",
                    f"Report sent to SABnzbd from indexer {r.choice(ixs)}. {rel}",
                )
                ok += 1
            if inst == "radarr" and r.random() < 0.12:
                L(
                    inst,
                    tt + sec(0.4),
                    "Info",
                    "RssSyncService",
                    "RSS Sync Completed. Reports found: %s, Reports grabbed: %s, Reports pending: %s",
                    f"RSS Sync Completed. Reports found: {found}, Reports grabbed: {ok}, Reports pending: 1",
                )
            else:
                L(
                    inst,
                    tt + sec(0.4),
                    "Info",
                    "RssSyncService",
                    "RSS Sync Completed. Reports found: %s, Reports grabbed: %s",
                    f"RSS Sync Completed. Reports found: {found}, Reports grabbed: {ok}",
                )
            t = tt + sec(15 * 60)
        # the sync after NZBgeek came back did not reach back to where the last one ended
    L(
        "radarr",
        at(8, 8, 2),
        "Warn",
        "HttpIndexerBase",
        "Indexer %s rss sync didn't cover the period between %s and %s UTC. Search may be required.",
        "Indexer NZBgeek rss sync didn't cover the period between 06/07/2024 07:06:12 and 06/07/2024 07:23:41 UTC. Search may be required.",
    )
    L(
        "radarr4k",
        at(8, 12, 31),
        "Warn",
        "HttpIndexerBase",
        "Indexer %s rss sync didn't cover the period between %s and %s UTC. Search may be required.",
        "Indexer NZBgeek rss sync didn't cover the period between 06/07/2024 07:10:52 and 06/07/2024 07:31:07 UTC. Search may be required.",
    )

    # ---- the import list at 06:45: 150 films added, each refreshed, then all searched
    t = L(
        "radarr",
        at(6, 45, 3),
        "Info",
        "ImportListSyncService",
        "Starting Import List Sync",
        "Starting Import List Sync",
    )
    t = L(
        "radarr",
        t + sec(6.8),
        "Info",
        "ImportListSyncService",
        "Import List Sync Completed. Items found: %s, Movies added: %s",
        "Import List Sync Completed. Items found: 412, Movies added: 150",
    )
    listed = FILMS[:150]
    for title, _year in listed:
        t = L(
            "radarr",
            t + sec(r.uniform(0.4, 1.3)),
            "Info",
            "RefreshMovieService",
            "Updating info for %s",
            f"Updating info for {title}",
        )
        t = L(
            "radarr",
            t + sec(r.uniform(0.1, 0.3)),
            "Info",
            "DiskScanService",
            "Scanning disk for %s",
            f"Scanning disk for {title}",
        )
    search_grabs = {g[2]: g for g in lab["radarr"] if g[2] not in [f[0] for f in RECENT]}
    t = at(6, 49, 10)
    total = 0
    for i, (title, year) in enumerate(listed):
        ts = at(6, 49, 10) + sec(i * 29.5 + r.uniform(0, 3))
        if abs((ts - at(7, 10, 40)).total_seconds()) < 15:
            ts = geek_failure(
                "radarr", ts, f"t=movie&cat={RD_CATS}&imdbid=tt{r.randint(100000, 9999999):07d}"
            )
        if (
            abs((ts - at(7, 15, 55)).total_seconds()) < 15
            or abs((ts - at(7, 31, 10)).total_seconds()) < 15
        ):
            ts = geek_failure(
                "radarr", ts, f"t=movie&cat={RD_CATS}&imdbid=tt{r.randint(100000, 9999999):07d}"
            )
        n_ix = len(active("radarr", ts))
        ts = L(
            "radarr",
            ts + sec(0.1),
            "Info",
            "ReleaseSearchService",
            "Searching indexers for %s. %s active indexers",
            f"Searching indexers for [{title} ({year})]. {n_ix} active indexers",
        )
        if abs((ts - finder_limit).total_seconds()) < 15:
            ts = L(
                "radarr",
                ts + sec(1.1),
                "Warn",
                "Newznab",
                "API Request Limit reached for %s",
                "API Request Limit reached for NZBFinder",
            )
        found = sum(r.choice([0, 0, 3, 8, 15, 22, 37, 54, 71, 96]) for _ in range(n_ix))
        ts = L(
            "radarr",
            ts + sec(r.uniform(4, 11)),
            "Info",
            "DownloadDecisionMaker",
            "Processing %s releases",
            f"Processing {found} releases",
        )
        if title in search_grabs:
            rel = search_grabs[title][1]
            ix = r.choice(active("radarr", ts))
            L(
                "radarr",
                ts + sec(r.uniform(1, 3)),
                "Info",
                "DownloadService",
                "Report sent to %s from indexer %s. %s",
                f"Report sent to SABnzbd from indexer {ix}. {rel}",
            )
            total += 1
        t = ts
    L(
        "radarr",
        t + sec(6.2),
        "Info",
        "MovieSearchService",
        "Movie search completed. %s reports downloaded.",
        f"Movie search completed. {total} reports downloaded.",
    )

    # ---- imports: the stale NAS fails the completed ones, once a minute each
    stuck = [g[1] for g in lab["radarr"] if g[2] in (RECENT[1][0], RECENT[2][0])]
    stuck += [g[1] for g in sorted(lab["radarr"]) if g[2] not in [f[0] for f in RECENT]][8:10]
    tm = at(8, 6, 3)
    while tm < NAS_DOWN[1]:
        tt = tm + sec(r.uniform(0, 2))
        for rel in stuck:
            tt = L(
                "radarr",
                tt + sec(r.uniform(0.1, 0.4)),
                "Error",
                "DownloadedMovieImportService",
                "Import failed, path does not exist or is not accessible by Radarr: %s. Ensure the path exists and the user running Radarr has the correct permissions to access this file/folder",
                f"Import failed, path does not exist or is not accessible by Radarr: /downloads/complete/movies/{rel}. Ensure the path exists and the user running Radarr has the correct permissions to access this file/folder",
            )
        tm += sec(60)

    # ---- auth, the 10:45 update of `radarr`
    L(
        "radarr",
        at(6, 35, 12),
        "Info",
        "Auth",
        "Auth-Success ip %s username '%s'",
        "Auth-Success ip 192.168.1.23 username 'mike'",
    )
    L(
        "radarr4k",
        at(6, 36, 40),
        "Info",
        "Auth",
        "Auth-Success ip %s username '%s'",
        "Auth-Success ip 192.168.1.23 username 'mike'",
    )
    for t0 in [at(8, 30, 5), at(11, 20, 44)]:
        t = t0
        for _ in range(r.randint(4, 7)):
            t = L(
                "radarr",
                t + sec(r.uniform(0.5, 12)),
                "Warn",
                "Auth",
                "Auth-Unauthorized ip %s",
                "Auth-Unauthorized ip 192.168.1.41",
            )
    t = L(
        "radarr",
        RADARR_RESTART,
        "Info",
        "Microsoft.Hosting.Lifetime",
        "Application is shutting down...",
        "Application is shutting down...",
    )
    L("radarr", t + sec(1.4), "Info", "ConsoleApp", "Exiting main.", "Exiting main.")
    ver["radarr"] = RD_VER2
    t = startup("radarr", RADARR_RESTART + sec(31.5), 7878)
    t = L(
        "radarr",
        t + sec(74.2),
        "Warn",
        "Auth",
        "Auth-Failure ip %s username '%s'",
        "Auth-Failure ip 192.168.1.23 username 'Mike'",
    )
    t = L(
        "radarr",
        t + sec(8.9),
        "Warn",
        "Auth",
        "Auth-Failure ip %s username '%s'",
        "Auth-Failure ip 192.168.1.23 username 'Mike'",
    )
    L(
        "radarr",
        t + sec(6.1),
        "Info",
        "Auth",
        "Auth-Success ip %s username '%s'",
        "Auth-Success ip 192.168.1.23 username 'mike'",
    )

    # ---- `radarr`'s library refresh at 09:30 (the 12-hourly task): the films due are updated,
    # every film's folder scanned; the import list's films have no folder yet
    t = at(9, 30, 12)
    titles = OWNED + [f[0] for f in FILMS[:150]]
    grabbed = {g[2] for g in lab["radarr"]}
    for title in titles:
        new_film = title in {f[0] for f in FILMS[:150]}
        if not new_film and r.random() < 0.12:
            t = L(
                "radarr",
                t + sec(r.uniform(0.5, 1.4)),
                "Info",
                "RefreshMovieService",
                "Updating info for %s",
                f"Updating info for {title}",
            )
        t = L(
            "radarr",
            t + sec(r.uniform(0.05, 0.25)),
            "Info",
            "DiskScanService",
            "Scanning disk for %s",
            f"Scanning disk for {title}",
        )
        if not new_film or title in grabbed:
            t = L(
                "radarr",
                t + sec(r.uniform(0.1, 0.6)),
                "Info",
                "DiskScanService",
                "Completed scanning disk for %s",
                f"Completed scanning disk for {title}",
            )

    # ---- radarr4k: the old SABnzbd key 09:40-10:26
    tm = APIKEY_NEW + sec(38)
    while tm < APIKEY_FIXED["radarr4k"]:
        L(
            "radarr4k",
            tm + sec(r.uniform(0, 1)),
            "Warn",
            "DownloadMonitoringService",
            "Unable to retrieve queue and history items from %s",
            "Unable to retrieve queue and history items from SABnzbd",
            rd_sab_auth_stack("queue"),
        )
        tm += sec(60)
    return fs.logs(at(6, 0))


# ---------------------------------------------------------------------------------- sabnzbd

SB_PRIMARY, SB_BACKUP = "news.newshosting.com", "news.blocknews.net"


def sb_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def sabnzbd(r: random.Random) -> list[Log]:
    """SABnzbd 4.3.1 in Docker (`sabnzbd.log`, the default Info level), fed by Radarr, Radarr 4K
    and Sonarr: every NZB's `Attempting to add` and one `File %s added to queue` per article
    file, the downloader's connections initiated after each idle spell (auto-disconnect), each
    job's post-processing (verification, unpack, cleanup, notifications); Newshosting refusing
    connections 07:20-07:48 (the block account takes over), an encrypted fake at 08:12, the API
    key regenerated at 09:40 (Radarr 4K keeps the old one until 10:26), the incomplete disk full
    at 09:52 (resumed at 10:04), an update restart at 11:00."""
    fs = Files()
    lab = homelab()

    def S(
        t: datetime, level: str, where: str, label: str, msg: str, extra: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "sabnzbd.log",
            t,
            label,
            lambda x: [f"{sb_ts(x)}::{level}::[{where}] {msg}", *(extra or [])],
            "sab",
            1000,
        )

    # the jobs: (added, nzb name, category, files, size in MB)
    jobs = []
    for t, rel, _ in lab["radarr"]:
        jobs.append(
            (t + sec(r.uniform(0.8, 2.5)), rel, "movies", r.randint(28, 46), r.randint(6200, 11800))
        )
    for t, rel, _ in lab["radarr4k"]:
        jobs.append(
            (
                t + sec(r.uniform(0.8, 2.5)),
                rel,
                "movies-uhd",
                r.randint(62, 84),
                r.randint(38000, 61000),
            )
        )
    for t, rel, _ in lab["sonarr"]:
        jobs.append(
            (t + sec(r.uniform(0.8, 2.5)), rel, "tv", r.randint(9, 19), r.randint(900, 3400))
        )
    jobs.sort()
    fake = (at(8, 12, 4), "House.of.the.Dragon.S02E01.1080p.WEB.H264-RARBG", "tv", 7, 2100)
    jobs.append(fake)
    jobs.sort()
    # jobs Radarr 4K sends during the old key's spell never arrive
    jobs = [
        j
        for j in jobs
        if not (j[2] == "movies-uhd" and APIKEY_NEW < j[0] < APIKEY_FIXED["radarr4k"])
    ]

    def files_of(name: str, n: int) -> list[str]:
        base = name
        obf = r.random() < 0.25
        if obf:
            base = hexid(r, 32)
        rars = n - (n // 6) - 2
        out = [
            f"{base}.part{i:02d}.rar" if rars < 100 else f"{base}.part{i:03d}.rar"
            for i in range(1, rars + 1)
        ]
        out.append(f"{base}.par2")
        k = 0
        for j in range(n // 6):
            out.append(f"{base}.vol{k:03d}+{2**j:03d}.par2")
            k += 2**j
        if not obf:
            out.append(f"{name}.nfo")
        else:
            out.append(f"{base}.sfv")
        return out

    conn_up = False
    free_at = at(6, 0)
    pp_free = at(6, 0)
    paused_until = None
    primary_off_until = at(0, 0)
    failed = jobs[-9][1]
    for i, (added, name, cat, nfiles, size) in enumerate(jobs):
        t = S(
            added, "INFO", "nzbparser:123", "Attempting to add %s", f"Attempting to add {name}.nzb"
        )
        flist = files_of(name, nfiles)
        for fn in flist:
            t = S(
                t + sec(r.uniform(0.0005, 0.004)),
                "INFO",
                "nzbparser:314",
                "File %s added to queue",
                f"File {fn} added to queue",
            )
        start = max(t + sec(0.3), free_at)
        if paused_until and start < paused_until:
            start = paused_until + sec(0.5)
        if name == fake[1]:
            tt = S(
                start + sec(14.2),
                "WARNING",
                "assembler:343",
                'Paused job "%s" because of encrypted RAR file (if supplied, all passwords were tried)',
                f'Paused job "{name}" because of encrypted RAR file (if supplied, all passwords were tried)',
            )
            free_at = tt + sec(1)
            continue
        if not conn_up:
            if NEWSHOSTING_DOWN[0] <= start < NEWSHOSTING_DOWN[1] and start >= primary_off_until:
                tt = start
                threads = list(range(1, 21))
                for th in threads:
                    tt = S(
                        tt + sec(r.uniform(0.0003, 0.002)),
                        "INFO",
                        "downloader:860",
                        "%s@%s: Initiating connection",
                        f"{th}@{SB_PRIMARY}: Initiating connection",
                    )
                for th in threads:
                    tt = S(
                        tt + sec(r.uniform(0.01, 0.08)),
                        "ERROR",
                        "downloader:869",
                        "Failed to initialize %s@%s with reason: [Errno 111] Connection refused",
                        f"Failed to initialize {th}@{SB_PRIMARY} with reason: [Errno 111] Connection refused",
                    )
                    tt = S(
                        tt + sec(0.0005),
                        "INFO",
                        "downloader:946",
                        "Thread %s@%s: Failed to initialize",
                        f"Thread {th}@{SB_PRIMARY}: Failed to initialize",
                    )
                tt = S(
                    tt + sec(0.001),
                    "INFO",
                    "downloader:582",
                    "Server %s will be ignored for %s minutes",
                    f"Server {SB_PRIMARY} will be ignored for 10 minutes",
                )
                primary_off_until = tt + sec(600)
                for th in range(1, 9):
                    tt = S(
                        tt + sec(r.uniform(0.0003, 0.002)),
                        "INFO",
                        "downloader:860",
                        "%s@%s: Initiating connection",
                        f"{th}@{SB_BACKUP}: Initiating connection",
                    )
                start = tt
            elif NEWSHOSTING_DOWN[0] <= start < NEWSHOSTING_DOWN[1]:
                tt = start
                for th in range(1, 9):
                    tt = S(
                        tt + sec(r.uniform(0.0003, 0.002)),
                        "INFO",
                        "downloader:860",
                        "%s@%s: Initiating connection",
                        f"{th}@{SB_BACKUP}: Initiating connection",
                    )
                start = tt
            else:
                tt = start
                for th in range(1, 21):
                    tt = S(
                        tt + sec(r.uniform(0.0003, 0.002)),
                        "INFO",
                        "downloader:860",
                        "%s@%s: Initiating connection",
                        f"{th}@{SB_PRIMARY}: Initiating connection",
                    )
                start = tt
            conn_up = True
        speed = 58.0 if not NEWSHOSTING_DOWN[0] <= start < NEWSHOSTING_DOWN[1] else 14.0
        done = start + sec(size / speed)
        if start < DISK_FULL[0] < done:
            tt = S(
                DISK_FULL[0],
                "ERROR",
                "assembler:119",
                "Disk full! Forcing Pause",
                "Disk full! Forcing Pause",
            )
            S(
                tt + sec(0.001),
                "INFO",
                "assembler:121",
                "Traceback: ",
                "Traceback: ",
                [
                    "Traceback (most recent call last):",
                    '  File "/app/sabnzbd/sabnzbd/assembler.py", line 98, in run',
                    "    self.assemble(nzo, nzf, file_done, allow_non_contiguous, article_has_first_part)",
                    '  File "/app/sabnzbd/sabnzbd/assembler.py", line 204, in assemble',
                    "    fout.write(data)",
                    "OSError: [Errno 28] No space left on device",
                ],
            )
            tt = S(tt + sec(0.004), "INFO", "downloader:414", "Pausing", "Pausing")
            S(
                tt + sec(0.001),
                "INFO",
                "notifier:123",
                "Sending notification: SABnzbd - Paused (type=pause_resume, job_cat=None)",
                "Sending notification: SABnzbd - Paused (type=pause_resume, job_cat=None)",
            )
            tt = S(DISK_FULL[1], "INFO", "downloader:399", "Resuming", "Resuming")
            S(
                tt + sec(0.001),
                "INFO",
                "notifier:123",
                "Sending notification: SABnzbd - Resuming (type=pause_resume, job_cat=None)",
                "Sending notification: SABnzbd - Resuming (type=pause_resume, job_cat=None)",
            )
            paused_until = DISK_FULL[1]
            done = done + (DISK_FULL[1] - DISK_FULL[0])
        free_at = done
        # post-processing (one job at a time)
        p = max(done + sec(r.uniform(0.05, 0.3)), pp_free)
        final = name
        p = S(
            p,
            "INFO",
            "postproc:389",
            "Starting Post-Processing on %s => Repair:%s, Unpack:%s, Delete:%s, Script:%s, Cat:%s",
            f"Starting Post-Processing on {final} => Repair:True, Unpack:True, Delete:True, Script:None, Cat:{cat}",
        )
        if name != failed:
            p = S(
                p + sec(0.002),
                "INFO",
                "notifier:123",
                "Sending notification: Post-processing - %s (type=pp, job_cat=%s)",
                f"Sending notification: Post-processing - {final} (type=pp, job_cat={cat})",
            )
        if name == failed:
            p = S(
                p + sec(0.3),
                "INFO",
                "notifier:123",
                "Sending notification: Download Failed - %s (type=failed, job_cat=%s)",
                f"Sending notification: Download Failed - {final} (type=failed, job_cat={cat})",
            )
            pp_free = p + sec(0.01)
            if not any(j[0] <= p + sec(2) for j in jobs[i + 1 :]):
                conn_up = False
            continue
        p = S(
            p + sec(0.001),
            "INFO",
            "postproc:694",
            "Starting verification and repair of %s",
            f"Starting verification and repair of {final}",
        )
        setname = flist[0].rsplit(".part", 1)[0]
        p = S(
            p + sec(0.01),
            "INFO",
            "postproc:711",
            "Running verification and repair on set %s",
            f"Running verification and repair on set {setname}",
        )
        p = S(
            p + sec(size / 900 + r.uniform(1, 4)),
            "INFO",
            "postproc:767",
            "Verification and repair finished for %s",
            f"Verification and repair finished for {final}",
        )
        root = {
            "movies": "/downloads/complete/movies",
            "movies-uhd": "/downloads/complete/movies-uhd",
            "tv": "/downloads/complete/tv",
        }[cat]
        p = S(
            p + sec(0.05),
            "INFO",
            "postproc:474",
            "Running unpack_magic on %s",
            f"Running unpack_magic on {final}",
        )
        p = S(
            p + sec(0.2),
            "INFO",
            "newsunpack:453",
            "Extracting rarfile %s (belonging to %s) to %s",
            f"Extracting rarfile /incomplete-downloads/{final}/{flist[0]} (belonging to {setname}) to {root}/_UNPACK_{final}",
        )
        p = S(
            p + sec(size / 420 + r.uniform(0.5, 2)),
            "INFO",
            "postproc:478",
            "Unpacked files %s",
            f"Unpacked files ['{root}/_UNPACK_{final}/{final}.mkv']",
        )
        p = S(
            p + sec(0.001),
            "INFO",
            "postproc:483",
            "Finished unpack_magic on %s",
            f"Finished unpack_magic on {final}",
        )
        if flist[-1].endswith(".nfo") or flist[-1].endswith(".sfv"):
            p = S(
                p + sec(0.03),
                "INFO",
                "postproc:1060",
                "Removing unwanted file %s",
                f"Removing unwanted file {root}/_UNPACK_{final}/{flist[-1]}",
            )
        p = S(
            p + sec(r.uniform(0.1, 0.4)),
            "INFO",
            "notifier:123",
            "Sending notification: Download Completed - %s (type=complete, job_cat=%s)",
            f"Sending notification: Download Completed - {final} (type=complete, job_cat={cat})",
        )
        pp_free = p + sec(0.01)
        if not any(j[0] <= p + sec(2) for j in jobs[i + 1 :]):
            conn_up = False

    # Newshosting back: the next job that starts after 07:48 opens it again (handled above).
    # The API key regenerated at 09:40: clients with the old key poll queue and history
    for who, ip, ua in [
        ("radarr", "172.18.0.5", "Radarr/5.6.0.8846 (alpine 3.19.1)"),
        ("sonarr", "172.18.0.6", "Sonarr/4.0.5.1710 (alpine 3.19.1)"),
        ("radarr4k", "172.18.0.7", "Radarr/5.6.0.8846 (alpine 3.19.1)"),
    ]:
        tm = APIKEY_NEW + sec(r.uniform(5, 40))
        while tm < APIKEY_FIXED[who]:
            for _ in range(2):
                tm = S(
                    tm + sec(r.uniform(0.05, 0.3)),
                    "WARNING",
                    "interface:216",
                    "API Key incorrect, Use the api key from Config->General in your 3rd party program: %s [%s]",
                    f"API Key incorrect, Use the api key from Config->General in your 3rd party program: {ip} [{ua}]",
                )
            tm += sec(60)

    return fs.logs(at(6, 0))


# ----------------------------------------------------------------------------------- deluge

DL_TORRENTS = [
    "ubuntu-24.04-desktop-amd64.iso",
    "debian-12.5.0-amd64-netinst.iso",
    "archlinux-2024.06.01-x86_64.iso",
    "Fedora-Workstation-Live-x86_64-40-1.14.iso",
    "linuxmint-21.3-cinnamon-64bit.iso",
    "proxmox-ve_8.2-1.iso",
    "TrueNAS-SCALE-24.04.1.1.iso",
    "kali-linux-2024.2-installer-amd64.iso",
]


def deluge(r: random.Random) -> list[Log]:
    """Deluge 2.1.1 (linuxserver's container: `deluged -d -L info -l /config/deluged.log` and
    `deluge-web -d -L info -l /config/deluge-web.log`), 150 torrents seeding: the container's
    healthcheck (`deluge-console info` every 30 s) connecting and disconnecting, a cleaner
    script removing seeded torrents every 10 minutes, Sonarr's torrents added through the web
    UI, the stale NAS 08:05-08:25 (libtorrent's performance warnings), a bad chown of the
    completed folder 09:20-09:50 (move_completed failing), the web password changed at 09:05
    without telling Sonarr (a failed login a minute until 09:52), the container recreated by
    Watchtower at 07:00 and restarted after a hand edit of core.conf at 10:40."""
    fs = Files()
    lab = homelab()

    def D(
        t: datetime,
        level: str,
        name: str,
        line: int,
        label: str,
        msg: str,
        extra: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "deluged.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} [{level:<8}][{name:<30}:{line:<4}] {msg}", *(extra or [])],
            "deluged",
            1_000_000,
        )

    def W(
        t: datetime,
        level: str,
        name: str,
        line: int,
        label: str,
        msg: str,
        extra: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "deluge-web.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} [{level:<8}][{name:<27}:{line:<4}] {msg}", *(extra or [])],
            "deluge-web",
            1_000_000,
        )

    # the torrents the session holds (names of the seeding library)
    seeding = list(DL_TORRENTS)
    eps = [
        "Kaiju No. 8",
        "Dungeon Meshi",
        "Wind Breaker",
        "Kono Subarashii Sekai ni Shukufuku wo! S3",
        "Oshi no Ko",
        "Frieren",
        "Solo Leveling",
        "Mashle",
    ]
    while len(seeding) < 150:
        if r.random() < 0.7:
            n = f"[SubsPlease] {r.choice(eps)} - {r.randint(1, 24):02d} (1080p) [{hexid(r, 8).upper()}].mkv"
        else:
            n = f"{r.choice(['Shogun.2024', 'The.Acolyte', 'Fallout', 'Ripley', 'Baby.Reindeer', 'Masters.of.the.Air'])}.S01E{r.randint(1, 10):02d}.1080p.WEB.h264-ETHEL"
        if n not in seeding:
            seeding.append(n)
    restarts = [at(7, 0, 4), at(10, 40, 31)]
    down = [(t, t + sec(38)) for t in restarts]

    def is_down(t: datetime) -> bool:
        return any(a <= t < b for a, b in down)

    def daemon_start(t: datetime) -> datetime:
        t = D(t, "INFO", "deluge.core.daemon", 93, "Deluge daemon %s", "Deluge daemon 2.1.1")
        t = D(
            t + sec(0.4),
            "INFO",
            "deluge.core.rpcserver",
            569,
            "Starting DelugeRPC server %s:%s",
            "Starting DelugeRPC server :58846",
        )
        t = D(t, "INFO", "twisted", 154, "%s starting on %s", "ServerFactory starting on 58846")
        t = D(
            t + sec(0.2),
            "INFO",
            "deluge.core.torrentmanager",
            863,
            "Loading torrent state: %s",
            "Loading torrent state: /config/state/torrents.state",
        )
        t = D(
            t + sec(0.3),
            "INFO",
            "deluge.core.torrentmanager",
            876,
            "Successfully loaded %s",
            "Successfully loaded /config/state/torrents.state",
        )
        t0 = t
        for name in seeding:
            t = D(
                t,
                "INFO",
                "deluge.core.torrentmanager",
                578,
                'Torrent %s from user "%s" loaded',
                f'Torrent {name} from user "localclient" loaded',
            )
        t = D(
            t,
            "INFO",
            "deluge.core.torrentmanager",
            945,
            "Finished loading %s torrents in %s",
            f"Finished loading {len(seeding)} torrents in {t - t0 + sec(r.uniform(0.1, 0.9))}",
        )
        t = D(
            t + sec(0.5),
            "INFO",
            "deluge.pluginmanagerbase",
            195,
            "Plugin %s enabled...",
            "Plugin Label enabled...",
        )
        t = D(
            t,
            "INFO",
            "deluge_label.core",
            94,
            "*** Start Label plugin ***",
            "*** Start Label plugin ***",
        )
        t = D(
            t,
            "INFO",
            "deluge.pluginmanagerbase",
            195,
            "Plugin %s enabled...",
            "Plugin Scheduler enabled...",
        )
        return t

    def web_start(t: datetime) -> datetime:
        t = W(
            t,
            "INFO",
            "deluge.ui.web.server",
            712,
            "Starting server in PID %s.",
            f"Starting server in PID {r.randint(180, 260)}.",
        )
        t = W(t + sec(0.3), "INFO", "twisted", 154, "%s starting on %s", "Site starting on 8112")
        t = W(
            t,
            "INFO",
            "twisted",
            154,
            "Starting factory %s",
            f"Starting factory <twisted.web.server.Site object at 0x7f{hexid(r, 10)}>",
        )
        return W(
            t, "INFO", "deluge.ui.web.server", 725, "Serving at %s:%s", "Serving at 0.0.0.0:8112"
        )

    # restarts
    for i, t0 in enumerate(restarts):
        t = D(
            t0,
            "INFO",
            "deluge.core.daemon",
            176,
            "Deluge daemon shutting down, waiting for components to shutdown...",
            "Deluge daemon shutting down, waiting for components to shutdown...",
        )
        t = D(
            t + sec(1.2),
            "INFO",
            "deluge.pluginmanagerbase",
            218,
            "Plugin %s disabled...",
            "Plugin Label disabled...",
        )
        t = D(
            t,
            "INFO",
            "deluge.pluginmanagerbase",
            218,
            "Plugin %s disabled...",
            "Plugin Scheduler disabled...",
        )
        t = D(
            t + sec(0.6), "INFO", "twisted", 154, "(%s Port %s Closed)", "(TCP Port 58846 Closed)"
        )
        D(t + sec(0.1), "INFO", "twisted", 154, "Main loop terminated.", "Main loop terminated.")
        w = W(
            t0 + sec(0.3),
            "INFO",
            "deluge.ui.web.server",
            741,
            "Shutting down webserver",
            "Shutting down webserver",
        )
        for _ in range(2 if i == 0 else 1):
            w = W(
                w + sec(0.2),
                "ERROR",
                "twisted",
                154,
                "Unhandled error in Deferred:",
                "Unhandled error in Deferred:",
            )
            w = W(
                w,
                "ERROR",
                "twisted",
                154,
                "Unhandled Error",
                "Unhandled Error",
                [
                    "Traceback (most recent call last):",
                    '  File "/usr/lib/python3.12/site-packages/twisted/internet/defer.py", line 1075, in _runCallbacks',
                    "    current.result = callback(  # type: ignore[misc]",
                    '  File "/usr/lib/python3.12/site-packages/deluge/ui/client.py", line 216, in connectionLost',
                    "    self.factory.daemon.connect_deferred.errback(reason)",
                    "twisted.internet.error.ConnectionDone: Connection was closed cleanly.",
                ],
            )
        w = W(w + sec(0.3), "INFO", "twisted", 154, "(%s Port %s Closed)", "(TCP Port 8112 Closed)")
        w = W(
            w,
            "INFO",
            "twisted",
            154,
            "Stopping factory %s",
            f"Stopping factory <twisted.web.server.Site object at 0x7f{hexid(r, 10)}>",
        )
        W(w, "INFO", "twisted", 154, "Main loop terminated.", "Main loop terminated.")
        daemon_start(t0 + sec(36))
        web_start(t0 + sec(37))
        D(
            t0 + sec(39),
            "INFO",
            "deluge.core.rpcserver",
            179,
            "Deluge Client connection made from: %s:%s",
            f"Deluge Client connection made from: 127.0.0.1:{r.randint(33000, 60000)}",
        )

    # the healthcheck, every 30 s
    t = at(6, 0, 12)
    while t < at(12, 0):
        if not is_down(t):
            tt = D(
                t,
                "INFO",
                "deluge.core.rpcserver",
                179,
                "Deluge Client connection made from: %s:%s",
                f"Deluge Client connection made from: 127.0.0.1:{r.randint(33000, 60999)}",
            )
            D(
                tt + sec(r.uniform(0.6, 1.4)),
                "INFO",
                "deluge.core.rpcserver",
                207,
                "Deluge client disconnected: Connection was closed cleanly.",
                "Deluge client disconnected: Connection was closed cleanly.",
            )
        t += sec(30 + r.uniform(-0.2, 0.2))

    # the cleaner, every 10 minutes (172.18.0.11), removing what has seeded enough
    t = at(6, 4, 51)
    while t < at(12, 0):
        if not is_down(t):
            tt = D(
                t,
                "INFO",
                "deluge.core.rpcserver",
                179,
                "Deluge Client connection made from: %s:%s",
                f"Deluge Client connection made from: 172.18.0.11:{r.randint(33000, 60999)}",
            )
            for _ in range(r.choice([0, 0, 0, 1, 1, 2])):
                victim = seeding.pop(r.randrange(8, len(seeding)))
                tt = D(
                    tt + sec(r.uniform(0.2, 0.6)),
                    "INFO",
                    "deluge.core.torrentmanager",
                    686,
                    "Torrent %s removed by user: %s",
                    f"Torrent {victim} removed by user: cleaner",
                )
            if r.random() < 0.15:
                D(
                    tt + sec(r.uniform(0.5, 2)),
                    "INFO",
                    "deluge.core.rpcserver",
                    207,
                    "Deluge client disconnected: Connection to the other side was lost in a non-clean fashion: Connection lost.",
                    "Deluge client disconnected: Connection to the other side was lost in a non-clean fashion: Connection lost.",
                )
            else:
                D(
                    tt + sec(r.uniform(0.5, 2)),
                    "INFO",
                    "deluge.core.rpcserver",
                    207,
                    "Deluge client disconnected: Connection was closed cleanly.",
                    "Deluge client disconnected: Connection was closed cleanly.",
                )
        t += sec(600 + r.uniform(-1, 1))

    # Sonarr's torrents (through the web UI's json API), and two ISOs added by hand
    downloading = []
    for t, name, _ in lab["sonarr-torrent"]:
        if is_down(t):
            t += sec(45)
        D(
            t,
            "INFO",
            "deluge.core.torrentmanager",
            578,
            'Torrent %s from user "%s" added',
            f'Torrent {name} from user "localclient" added',
        )
        seeding.append(name)
        downloading.append((t, name))
    for t, name in [
        (at(6, 41, 3), "ubuntu-24.04-live-server-amd64.iso"),
        (at(11, 2, 17), "debian-12.5.0-arm64-netinst.iso"),
    ]:
        D(
            t,
            "INFO",
            "deluge.core.torrentmanager",
            578,
            'Torrent %s from user "%s" added',
            f'Torrent {name} from user "localclient" added',
        )
        downloading.append((t, name))

    # the stale NAS: libtorrent's disk queue backs up
    active_names = seeding[:40]
    t = NAS_DOWN[0] + sec(20)
    while t < NAS_DOWN[1]:
        name = r.choice(active_names)
        if r.random() < 0.75:
            msg = f"on_alert_performance: {name}: performance warning: max outstanding disk writes reached, outstanding_disk_buffer_limit_reached"
        else:
            msg = f"on_alert_performance: {name}: performance warning: send buffer watermark too low (upload rate will suffer), send_buffer_watermark_too_low"
        D(
            t,
            "WARNING",
            "deluge.core.torrentmanager",
            1421,
            "on_alert_performance: %s: performance warning: %s, %s",
            msg,
        )
        t += sec(r.expovariate(1 / 6.5))

    # the completed folder chowned to root 09:20-09:50: move_completed fails
    for t, name in downloading:
        done = t + sec(r.uniform(240, 3000))
        if at(9, 20) <= done < at(9, 50):
            tid = hexid(r, 40)
            dest = (
                "/downloads/complete/tv-sonarr"
                if not name.endswith(".iso")
                else "/downloads/complete"
            )
            D(
                done,
                "ERROR",
                "deluge.core.torrent",
                1283,
                "Could not move storage for torrent %s since %s does not exist and could not create the directory: [Errno 13] Permission denied: '%s'",
                f"Could not move storage for torrent {tid} since {dest} does not exist and could not create the directory: [Errno 13] Permission denied: '{dest}'",
            )

    # the web UI: Sonarr logs in when its session lapses (hourly), the browser now and then;
    # the password changed at 09:05, Sonarr fails every minute until 09:52
    for t in [at(6, 14, 33), at(7, 14, 51), at(8, 15, 2), at(10, 52, 9), at(11, 52, 20)]:
        W(
            t,
            "INFO",
            "deluge.ui.web.auth",
            230,
            "Login success (ClientIP %s)",
            "Login success (ClientIP 172.18.0.6)",
        )
    t = at(9, 5, 40)
    while t < at(9, 52):
        W(
            t,
            "ERROR",
            "deluge.ui.web.auth",
            237,
            "Login failed (ClientIP %s)",
            "Login failed (ClientIP 172.18.0.6)",
        )
        t += sec(60 + r.uniform(-0.5, 0.5))
    W(
        at(9, 52, 2),
        "INFO",
        "deluge.ui.web.auth",
        230,
        "Login success (ClientIP %s)",
        "Login success (ClientIP 172.18.0.6)",
    )
    for t in [at(6, 40, 12), at(9, 4, 31), at(9, 4, 52), at(11, 1, 50)]:
        if t == at(9, 4, 31):
            W(
                t,
                "ERROR",
                "deluge.ui.web.auth",
                237,
                "Login failed (ClientIP %s)",
                "Login failed (ClientIP 192.168.1.23)",
            )
        else:
            W(
                t,
                "INFO",
                "deluge.ui.web.auth",
                230,
                "Login success (ClientIP %s)",
                "Login success (ClientIP 192.168.1.23)",
            )
    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------------- emby

EM_VER = "4.8.8.0"
EM_BASE = "http://192.168.1.10:8096"
EM_REPORT = [
    "\t*** Error Report ***",
    f"\tVersion: {EM_VER}",
    "\tCommand line: /opt/emby-server/system/EmbyServer.dll -programdata /var/lib/emby -ffdetect /opt/emby-server/bin/ffdetect -ffmpeg /opt/emby-server/bin/ffmpeg -ffprobe /opt/emby-server/bin/ffprobe -restartexitcode 3 -updatepackage emby-server-deb_{version}_amd64.deb",
    "\tOperating system: Linux version 6.1.0-21-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)",
    "\tFramework: .NET 6.0.29",
    "\tOS/Process: x64/x64",
    "\tRuntime: opt/emby-server/system/System.Private.CoreLib.dll",
    "\tProcessor count: 8",
    "\tData path: /var/lib/emby",
    "\tApplication path: /opt/emby-server/system",
]
EM_ENTRY = [
    "Emby.Server.Implementations.Activity.ActivityLogEntryPoint",
    "Emby.Server.Implementations.EntryPoints.AutomaticRestartEntryPoint",
    "Emby.Server.Implementations.EntryPoints.LibraryChangedNotifier",
    "Emby.Server.Implementations.EntryPoints.RecordingNotifier",
    "Emby.Server.Implementations.EntryPoints.RefreshUsersMetadata",
    "Emby.Server.Implementations.EntryPoints.ServerEventNotifier",
    "Emby.Server.Implementations.EntryPoints.StartupWizard",
    "Emby.Server.Implementations.EntryPoints.UserDataChangeNotifier",
    "Emby.Server.Implementations.Udp.UdpServerEntryPoint",
    "Emby.Server.Implementations.Networking.NetworkManagerEntryPoint",
    "Emby.Dlna.Main.DlnaEntryPoint",
    "Emby.Notifications.NotificationManagerEntryPoint",
    "Emby.LiveTV.EntryPoint",
    "Emby.Server.MediaEncoding.Api.EncodingManagerEntryPoint",
    "Emby.Webhooks.WebhooksEntryPoint",
    "MediaBrowser.XbmcMetadata.EntryPoint",
    "Emby.Server.Sync.SyncNotificationEntryPoint",
    "Emby.Security.PluginSecurityManager",
    "Emby.Server.Implementations.IO.LibraryMonitorStartup",
    "Emby.Server.Implementations.Library.ChapterImageExtractionEntryPoint",
]
EM_UA = {
    "tv": "Dalvik/2.1.0 (Linux; U; Android 11; SHIELD Android TV Build/RQ1A.210105.003)",
    "web": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "ios": "Emby/2.2.13 CFNetwork/1496.0.7 Darwin/23.5.0",
    "kodi": "Kodi/20.5 (X11; Linux x86_64) LibreELEC/11.0.6 App_Bitness/64 Version/20.5-(20.5.0)-Git:20240302-a2e1d1f1b1",
    "radarr": "Radarr/5.6.0.8846 (alpine 3.19.1)",
}
EM_BLUEY = [
    "Stickbird",
    "Housework",
    "Cricket",
    "Curry Quest",
    "Smoochy Kiss",
    "Faceytalk",
    "Born Yesterday",
    "Stumpfest",
]


def em_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"


def emby(r: random.Random) -> list[Log]:
    """Emby Server 4.8.8 on a Debian box (`embyserver.txt`), the library on the NAS over NFS:
    the children's Android TV (Bluey, 07:03-07:40, progress reported every 10 s), an old Kodi
    add-on polling with an expired token every 90 s until 10:10, the stale NAS 08:05-08:25
    (streams and the library monitor failing with `Stale file handle`, error reports), Emby
    restarted at 08:40, Radarr's imports notified and probed, the 09:00 library scan, a film on
    the iPhone 10:05-10:41 and a 4K film transcoded for Chrome 11:20-11:26."""
    fs = Files()
    lab = homelab()

    def E(
        t: datetime, level: str, logger: str, label: str, msg: str, extra: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "embyserver.txt",
            t,
            label,
            lambda x: [f"{em_ts(x)} {level} {logger}: {msg}", *(extra or [])],
            "emby",
            1000,
        )

    def req(
        t: datetime, ip: str, ua: str, method: str, path: str, status: int, ms: int, warn: str = ""
    ) -> datetime:
        url = EM_BASE + path
        t = E(
            t,
            "Info",
            "Server",
            "%s %s %s. Source Ip: %s, UserAgent: %s",
            f"http/1.1 {method} {url}. Source Ip: {ip}, UserAgent: {EM_UA[ua]}",
        )
        if warn:
            t = E(
                t + sec(0.001),
                "Warn",
                "Server",
                f"AUTH-ERROR: %s - {warn}",
                f"AUTH-ERROR: {ip} - {warn}",
            )
        return E(
            t + sec(ms / 1000),
            "Info",
            "Server",
            "%s Response %s to %s. Time: %sms. %s",
            f"http/1.1 Response {status} to {ip}. Time: {ms}ms. {url}",
        )

    def down(t: datetime) -> bool:
        return RESTART <= t < RESTART + sec(24)

    RESTART = at(8, 40, 17)
    uid = {"kids": hexid(r, 32), "mike": hexid(r, 32)}
    client = "X-Emby-Client={}&X-Emby-Device-Name={}&X-Emby-Device-Id={}&X-Emby-Client-Version={}"

    # ---- the Kodi add-on with an expired token, every 90 s until it is fixed at 10:10
    t = at(6, 0, 41)
    while t < at(10, 10):
        if not down(t):
            req(
                t,
                "192.168.1.77",
                "kodi",
                "GET",
                "/emby/Sessions?format=json&ControllableByUserId=" + uid["mike"],
                401,
                r.randint(1, 4),
                "Access token is invalid or expired.",
            )
        t += sec(90 + r.uniform(-0.3, 0.3))

    # ---- the children's Android TV
    tv = client.format(
        "Emby%20for%20Android%20TV", "SHIELD%20Android%20TV", hexid(r, 16), "2.1.19g"
    )
    t = req(
        at(7, 3, 2), "192.168.1.61", "tv", "POST", f"/emby/Users/AuthenticateByName?{tv}", 200, 61
    )
    E(
        t - sec(0.03),
        "Info",
        "UserManager",
        "Authentication request for %s has succeeded.",
        "Authentication request for kids has succeeded.",
    )
    for p in [
        f"/emby/Users/{uid['kids']}/Views?{tv}",
        f"/emby/Users/{uid['kids']}/Items/Resume?Limit=12&MediaTypes=Video&{tv}",
        f"/emby/Users/{uid['kids']}/Items/Latest?Limit=16&ParentId=4&{tv}",
    ]:
        t = req(t + sec(r.uniform(0.1, 0.5)), "192.168.1.61", "tv", "GET", p, 200, r.randint(8, 90))
    for _ in range(9):
        t = req(
            t + sec(r.uniform(0.05, 0.4)),
            "192.168.1.61",
            "tv",
            "GET",
            f"/emby/Items/{r.randint(2000, 9000)}/Images/Primary?maxWidth=400&tag={hexid(r, 32)}&quality=90",
            200,
            r.randint(3, 40),
        )
    t += sec(20)
    for ep in EM_BLUEY[:6]:
        iid = r.randint(3000, 3999)
        item = f"Bluey - S03E{r.randint(1, 49):02d} - {ep}"
        t = req(
            t + sec(r.uniform(1, 3)),
            "192.168.1.61",
            "tv",
            "POST",
            f"/emby/Items/{iid}/PlaybackInfo?UserId={uid['kids']}&StartTimeTicks=0&IsPlayback=true&AutoOpenLiveStream=true&MaxStreamingBitrate=40000000&{tv}",
            200,
            r.randint(40, 160),
        )
        t = req(
            t + sec(0.2),
            "192.168.1.61",
            "tv",
            "GET",
            f"/emby/videos/{iid}/original.mkv?MediaSourceId={hexid(r, 32)}&PlaySessionId={hexid(r, 32)}&{tv}",
            206,
            r.randint(2, 12),
        )
        t = req(
            t + sec(0.4),
            "192.168.1.61",
            "tv",
            "POST",
            f"/emby/Sessions/Playing?{tv}",
            204,
            r.randint(3, 15),
        )
        E(
            t - sec(0.002),
            "Info",
            "SessionManager",
            "Playback start reported by app %s %s playing %s. Started at %s ms",
            f"Playback start reported by app Emby for Android TV 2.1.19g playing {item}. Started at 0 ms",
        )
        length = r.randint(410, 445)
        for k in range(10, length, 10):
            req(
                t + sec(k + r.uniform(-0.2, 0.2)),
                "192.168.1.61",
                "tv",
                "POST",
                f"/emby/Sessions/Playing/Progress?{tv}",
                204,
                r.randint(2, 9),
            )
        t = req(
            t + sec(length + 0.5),
            "192.168.1.61",
            "tv",
            "POST",
            f"/emby/Sessions/Playing/Stopped?{tv}",
            204,
            r.randint(4, 20),
        )
        E(
            t - sec(0.002),
            "Info",
            "SessionManager",
            "Playback stopped reported by app %s %s playing %s. Stopped at %s ms",
            f"Playback stopped reported by app Emby for Android TV 2.1.19g playing {item}. Stopped at {length * 1000 + r.randint(0, 999)} ms",
        )

    # ---- the stale NAS: a film that will not open, the library monitor
    web = client.format("Emby%20Web", "Firefox", hexid(r, 32), EM_VER)
    film = "/mnt/media/movies/Dune Part Two (2024)/Dune.Part.Two.2024.1080p.WEB-DL.DDP5.1.Atmos.H.264-FLUX.mkv"
    stack = [
        f"\tSystem.IO.IOException: System.IO.IOException: Stale file handle : '{film}'",
        "\t   at System.IO.Strategies.FileStreamHelpers.ValidateFileTypeForNonExtendedPaths(SafeFileHandle handle, String originalPath)",
        "\t   at System.IO.Strategies.UnixFileStreamStrategy..ctor(String path, FileMode mode, FileAccess access, FileShare share, FileOptions options, Int64 preallocationSize)",
        "\t   at Emby.Server.Implementations.IO.ManagedFileSystem.GetFileStream(String path, FileOpenMode mode, FileAccessMode access, FileShareMode share, FileOpenOptions fileOpenOptions)",
        "\t   at Emby.Server.Implementations.HttpServer.FileWriter.TransmitFile(Stream stream, String path, Int64 offset, Int64 count, FileShareMode fileShareMode, CancellationToken cancellationToken)",
        "\t   at Emby.Server.Implementations.HttpServer.HttpListenerHost.RequestHandler(IRequest httpReq, ReadOnlyMemory`1 urlString, ReadOnlyMemory`1 localPath, CancellationToken cancellationToken)",
        "\tSource: System.Private.CoreLib",
        "\tTargetSite: Void ValidateFileTypeForNonExtendedPaths(Microsoft.Win32.SafeHandles.SafeFileHandle, System.String)",
    ]
    t = at(8, 11, 4)
    for _ in range(3):
        url = f"/emby/videos/4127/original.mkv?MediaSourceId={hexid(r, 32)}&PlaySessionId={hexid(r, 32)}&{web}"
        t = E(
            t,
            "Info",
            "Server",
            "%s %s %s. Source Ip: %s, UserAgent: %s",
            f"http/1.1 GET {EM_BASE}{url}. Source Ip: 192.168.1.23, UserAgent: {EM_UA['web']}",
        )
        t = E(
            t + sec(0.02),
            "Error",
            "Server",
            "Error processing request",
            "Error processing request",
            EM_REPORT + stack,
        )
        t = E(
            t + sec(0.001),
            "Info",
            "Server",
            "%s Response %s to %s. Time: %sms. %s",
            f"http/1.1 Response 500 to 192.168.1.23. Time: 21ms. {EM_BASE}{url}",
        )
        t += sec(r.uniform(20, 50))
    for t, lib in [
        (at(8, 6, 30), "/mnt/media/tv"),
        (at(8, 6, 31), "/mnt/media/movies"),
        (at(8, 6, 33), "/mnt/media/music"),
    ]:
        E(
            t,
            "Error",
            "LibraryMonitor",
            "Error in Directory watcher for: %s",
            f"Error in Directory watcher for: {lib}",
            [
                *EM_REPORT,
                f"\tSystem.IO.IOException: System.IO.IOException: Stale file handle : '{lib}'",
                "\t   at System.IO.FileSystemWatcher.RunningInstance.AddDirectoryWatchUnlocked(WatchedDirectory parent, String directoryName)",
                "\t   at System.IO.FileSystemWatcher.RunningInstance.ProcessEvents(Int32 numEvents, Byte* eventsBuffer)",
                "\tSource: System.IO.FileSystem.Watcher",
                "\tTargetSite: Void AddDirectoryWatchUnlocked(WatchedDirectory, System.String)",
            ],
        )

    # ---- restarted at 08:40
    t = E(RESTART, "Info", "App", "Disposing %s", "Disposing CoreAppHost")
    for name in ["HttpListenerHost", "LibraryMonitor", "SessionManager", "TaskManager"]:
        t = E(t + sec(r.uniform(0.01, 0.2)), "Info", "App", "Disposing %s", f"Disposing {name}")
    t = E(
        RESTART + sec(9.3),
        "Info",
        "Main",
        "Application path: %s",
        "Application path: /opt/emby-server/system/EmbyServer.dll",
    )
    t = E(
        t + sec(0.6),
        "Info",
        "App",
        "Emby Server Version: %s",
        f"Emby Server Version: {EM_VER}",
        EM_REPORT[2:],
    )
    t = E(
        t + sec(1.2),
        "Info",
        "App",
        "Adding HttpListener prefix %s",
        "Adding HttpListener prefix http://+:8096/",
    )
    for ep in EM_ENTRY:
        t = E(
            t + sec(r.uniform(0.003, 0.4)),
            "Info",
            "App",
            "Entry point completed: %s. Duration: %s seconds",
            f"Entry point completed: {ep}. Duration: {r.uniform(0.0001, 0.9):.7f} seconds",
        )
    E(
        t + sec(0.01),
        "Info",
        "App",
        "All entry points have started",
        "All entry points have started",
    )

    # ---- scheduled tasks
    def task(t: datetime, name: str, dur: float) -> None:
        E(t, "Info", "TaskManager", "Executing %s", f"Executing {name}")
        m, s = divmod(int(dur), 60)
        E(
            t + sec(dur),
            "Info",
            "TaskManager",
            "%s Completed after %s minute(s) and %s seconds",
            f"{name} Completed after {m} minute(s) and {s} seconds",
        )

    task(at(6, 12, 0), "Check for application updates", 1.7)
    task(at(6, 31, 0), "Check for plugin updates", 3.1)
    task(at(7, 50, 0), "Download missing subtitles", 41.8)
    task(at(10, 15, 0), "Refresh people", 96.4)
    task(at(11, 0, 0), "Convert media", 0.2)
    task(at(9, 0, 0), "Scan media library", 133.9)
    for i in range(9):
        ts = at(9, 0, 20) + sec(i * 12 + r.uniform(0, 8))
        show = r.choice(
            ["The Bear", "House of the Dragon", "The Boys", "Hacks", "Dark Matter (2024)"]
        )
        path = f"/mnt/media/tv/{show}/Season {r.randint(1, 4):02d}/{show.replace(' ', '.')}.S0{r.randint(1, 4)}E0{r.randint(1, 9)}.1080p.WEB-DL.DDP5.1.H.264.mkv"
        ts = E(
            ts,
            "Info",
            "App",
            "ProcessRun '%s' Execute: %s",
            f"ProcessRun 'ffprobe' Execute: /opt/emby-server/bin/ffprobe -i file:\"{path}\" -threads 0 -v info -print_format json -show_streams -show_chapters -show_format -show_data",
        )
        if i == 4:
            E(
                ts + sec(0.3),
                "Info",
                "App",
                "ProcessRun '%s' Process exited with code %s - Failed",
                "ProcessRun 'ffprobe' Process exited with code 1 - Failed",
            )
        else:
            E(
                ts + sec(r.uniform(0.2, 1.5)),
                "Info",
                "App",
                "ProcessRun '%s' Process exited with code %s - Succeeded",
                "ProcessRun 'ffprobe' Process exited with code 0 - Succeeded",
            )
    for i in range(4):
        show = r.choice(["The Bear", "The Boys", "Hacks"])
        E(
            at(9, 1, 50) + sec(i * 0.4),
            "Info",
            "LibraryManager",
            "Removing item, Type: %s, Name: %s, Path: %s, Id: %s",
            f"Removing item, Type: Episode, Name: {show} S0{r.randint(1, 4)}E0{r.randint(1, 9)}, Path: /mnt/media/tv/{show}/Season 0{r.randint(1, 4)}/{show.replace(' ', '.')}.S0{r.randint(1, 4)}E0{r.randint(1, 9)}.720p.WEB.h264.mkv, Id: {r.randint(5000, 9999)}",
        )

    # ---- Radarr's imports notified, probed and looked up
    for gt, rel, title in lab["radarr"]:
        ti = gt + sec(r.uniform(1500, 2400))
        if NAS_DOWN[0] < ti < NAS_DOWN[1] + sec(60) or down(ti) or ti > at(11, 58):
            continue
        year = dict(FILMS)[title]
        folder = f"/mnt/media/movies/{title.replace(':', '')} ({year})"
        ti = req(
            ti, "172.18.0.5", "radarr", "POST", "/emby/Library/Media/Updated", 204, r.randint(2, 9)
        )
        ti = E(
            ti + sec(r.uniform(1, 4)),
            "Info",
            "App",
            "ProcessRun '%s' Execute: %s",
            f"ProcessRun 'ffprobe' Execute: /opt/emby-server/bin/ffprobe -i file:\"{folder}/{rel}.mkv\" -threads 0 -v info -print_format json -show_streams -show_chapters -show_format -show_data",
        )
        ti = E(
            ti + sec(r.uniform(0.3, 1.8)),
            "Info",
            "App",
            "ProcessRun '%s' Process exited with code %s - Succeeded",
            "ProcessRun 'ffprobe' Process exited with code 0 - Succeeded",
        )
        tmdb = r.randint(1000, 999999)
        ti = E(
            ti + sec(0.2),
            "Info",
            "HttpClient",
            "GET %s",
            f"GET https://api.themoviedb.org/3/movie/{tmdb}?append_to_response=casts%2Creleases%2Cimages%2Ckeywords%2Ctrailers&language=en-US&include_image_language=en%2Cnull",
        )
        for _ in range(r.randint(1, 3)):
            ti = E(
                ti + sec(r.uniform(0.1, 0.6)),
                "Info",
                "HttpClient",
                "GET %s",
                f"GET https://image.tmdb.org/t/p/original/{hexid(r, 6)}{r.choice(['Xk', 'qP', 'm2', 'Tz'])}{hexid(r, 19)}.jpg",
            )

    # ---- a film on the iPhone 10:05-10:41 (a mistyped password first)
    ios = client.format("Emby%20for%20iOS", "iPhone", uuid4(r).upper(), "2.2.13")
    t = req(
        at(10, 4, 12),
        "192.168.1.52",
        "ios",
        "POST",
        f"/emby/Users/AuthenticateByName?{ios}",
        401,
        48,
    )
    E(
        t - sec(0.02),
        "Info",
        "UserManager",
        "Authentication request for %s has been denied.",
        "Authentication request for mike has been denied.",
    )
    t = req(
        t + sec(9.4),
        "192.168.1.52",
        "ios",
        "POST",
        f"/emby/Users/AuthenticateByName?{ios}",
        200,
        53,
    )
    E(
        t - sec(0.02),
        "Info",
        "UserManager",
        "Authentication request for %s has succeeded.",
        "Authentication request for mike has succeeded.",
    )
    for p in [
        f"/emby/Users/{uid['mike']}/Views?{ios}",
        f"/emby/Users/{uid['mike']}/Items/Resume?Limit=12&{ios}",
        f"/emby/Users/{uid['mike']}/Items?ParentId=5&SortBy=DateCreated&SortOrder=Descending&Limit=50&{ios}",
    ]:
        t = req(
            t + sec(r.uniform(0.2, 1)), "192.168.1.52", "ios", "GET", p, 200, r.randint(10, 120)
        )
    for _ in range(12):
        t = req(
            t + sec(r.uniform(0.05, 0.3)),
            "192.168.1.52",
            "ios",
            "GET",
            f"/emby/Items/{r.randint(2000, 9000)}/Images/Primary?maxWidth=300&tag={hexid(r, 32)}&quality=90",
            200,
            r.randint(3, 30),
        )
    t += sec(30)
    item = "Civil War"
    t = req(
        t,
        "192.168.1.52",
        "ios",
        "POST",
        f"/emby/Items/8812/PlaybackInfo?UserId={uid['mike']}&StartTimeTicks=0&IsPlayback=true&{ios}",
        200,
        88,
    )
    t = req(
        t + sec(0.3),
        "192.168.1.52",
        "ios",
        "GET",
        f"/emby/videos/8812/original.mkv?MediaSourceId={hexid(r, 32)}&{ios}",
        206,
        4,
    )
    t = req(t + sec(0.6), "192.168.1.52", "ios", "POST", f"/emby/Sessions/Playing?{ios}", 204, 7)
    E(
        t - sec(0.002),
        "Info",
        "SessionManager",
        "Playback start reported by app %s %s playing %s. Started at %s ms",
        f"Playback start reported by app Emby for iOS 2.2.13 playing {item}. Started at 0 ms",
    )
    for k in range(10, 2150, 10):
        req(
            t + sec(k + r.uniform(-0.2, 0.2)),
            "192.168.1.52",
            "ios",
            "POST",
            f"/emby/Sessions/Playing/Progress?{ios}",
            204,
            r.randint(2, 9),
        )
    t = req(
        t + sec(2151),
        "192.168.1.52",
        "ios",
        "POST",
        f"/emby/Sessions/Playing/Stopped?{ios}",
        204,
        11,
    )
    E(
        t - sec(0.002),
        "Info",
        "SessionManager",
        "Playback stopped reported by app %s %s playing %s. Stopped at %s ms",
        f"Playback stopped reported by app Emby for iOS 2.2.13 playing {item}. Stopped at 2150214 ms",
    )

    # ---- a 4K HEVC film transcoded for Chrome 11:20-11:26
    ch = client.format("Emby%20Web", "Chrome%20Windows", hexid(r, 32), EM_VER)
    psid = hexid(r, 32)
    t = req(
        at(11, 20, 3),
        "192.168.1.30",
        "chrome",
        "POST",
        f"/emby/Items/9021/PlaybackInfo?UserId={uid['mike']}&StartTimeTicks=0&IsPlayback=true&AutoOpenLiveStream=true&MaxStreamingBitrate=20000000&{ch}",
        200,
        141,
    )
    t = req(
        t + sec(0.3),
        "192.168.1.30",
        "chrome",
        "GET",
        f"/emby/videos/9021/master.m3u8?DeviceId={hexid(r, 16)}&MediaSourceId={hexid(r, 32)}&PlaySessionId={psid}&VideoCodec=h264&AudioCodec=aac&VideoBitrate=19808000&AudioBitrate=192000&TranscodeReasons=VideoCodecNotSupported,AudioCodecNotSupported&{ch}",
        200,
        38,
    )
    src = "/mnt/media/movies-uhd/Oppenheimer (2023)/Oppenheimer.2023.2160p.UHD.BluRay.REMUX.DV.HDR.HEVC.TrueHD.Atmos.7.1-FraMeSToR.mkv"
    t = E(
        t + sec(0.2),
        "Info",
        "App",
        "ProcessRun '%s' Execute: %s",
        f'ProcessRun \'ffmpeg\' Execute: /opt/emby-server/bin/ffmpeg -loglevel +timing -y -print_graphs_file "/var/lib/emby/logs/ffmpeg-transcode-{uuid4(r)}_1graph.txt" -copyts -start_at_zero -f matroska -c:v:0 hevc -noautorotate -i file:"{src}" -filter_complex "[0:0]setparams=color_primaries=bt2020:color_trc=smpte2084:colorspace=bt2020nc,tonemapx=tonemap=bt2390:desat=0:peak=100:t=bt709:m=bt709:p=bt709:format=yuv420p,scale=w=1920:h=800[f1_out0]" -map [f1_out0] -map 0:1 -sn -c:v:0 libx264 -preset:v:0 veryfast -crf:v:0 23 -maxrate:v:0 19808000 -bufsize:v:0 39616000 -c:a:0 aac -ab:a:0 192000 -ac:a:0 2 -f segment -segment_format mpegts -segment_time 3 -segment_start_number 0 -segment_list "/var/lib/emby/transcoding-temp/{psid}.m3u8" -segment_list_type m3u8 "/var/lib/emby/transcoding-temp/{psid}_%d.ts"',
    )
    t0 = t
    for n in range(0, 118):
        req(
            t0 + sec(1.5 + n * 3 + r.uniform(-0.3, 0.3)),
            "192.168.1.30",
            "chrome",
            "GET",
            f"/emby/videos/9021/hls1/main/{n}.ts?PlaySessionId={psid}&{ch}",
            200,
            r.randint(2, 60),
        )
    t = req(t0 + sec(2), "192.168.1.30", "chrome", "POST", f"/emby/Sessions/Playing?{ch}", 204, 6)
    E(
        t - sec(0.002),
        "Info",
        "SessionManager",
        "Playback start reported by app %s %s playing %s. Started at %s ms",
        f"Playback start reported by app Emby Web {EM_VER} playing Oppenheimer. Started at 0 ms",
    )
    for k in range(10, 352, 10):
        req(
            t + sec(k + r.uniform(-0.2, 0.2)),
            "192.168.1.30",
            "chrome",
            "POST",
            f"/emby/Sessions/Playing/Progress?{ch}",
            204,
            r.randint(2, 9),
        )
    t = req(
        t + sec(353),
        "192.168.1.30",
        "chrome",
        "POST",
        f"/emby/Sessions/Playing/Stopped?{ch}",
        204,
        9,
    )
    E(
        t - sec(0.002),
        "Info",
        "SessionManager",
        "Playback stopped reported by app %s %s playing %s. Stopped at %s ms",
        f"Playback stopped reported by app Emby Web {EM_VER} playing Oppenheimer. Stopped at 352871 ms",
    )
    E(
        t + sec(0.4),
        "Info",
        "App",
        "ProcessRun '%s' Process exited with code %s - Succeeded",
        "ProcessRun 'ffmpeg' Process exited with code 0 - Succeeded",
    )
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- mediamtx

MX_CAMS = {
    "cam_driveway": ("10.0.30.11", "1 track (H264)"),
    "cam_backyard": ("10.0.30.12", "1 track (H264)"),
    "cam_garage": ("10.0.30.13", "2 tracks (H264, G711)"),
    "cam_doorbell": ("10.0.30.14", "2 tracks (H265, MPEG-4 Audio)"),
}


def mediamtx(r: random.Random) -> list[Log]:
    """MediaMTX 1.8.2 (`mediamtx.log`, logDestinations: [file]) relaying four cameras pulled over
    RTSP, read by Frigate (10.0.20.5), Home Assistant's dashboards over HLS, phones over WebRTC
    and a timelapse script that grabs a frame of the backyard every 75 s with ffmpeg; the
    doorbell's Wi-Fi dropping packets from 07:10 and gone 07:41-08:06 (the source failing every
    5 s, Frigate's reader refused every 10 s), a church service streamed from OBS over RTMP
    10:00-11:15 after its path was found missing at 09:52 and added at 09:58 (a hot reload),
    WebRTC and HLS viewers, MediaMTX restarted for an update at 11:40. Owncast, asked for, logs
    a handful of lines an hour at its default level and no more at debug that could be written
    faithfully, so MediaMTX, a self-hosted live-streaming server of the same kind, stands in."""
    fs = Files()

    def M(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "mediamtx.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {level} {msg}"],
            "mediamtx",
            1_000_000,
        )

    def port() -> int:
        return r.randint(32768, 60999)

    def sid() -> str:
        return hexid(r, 8)

    def rtsp_read(
        t: datetime, ip: str, path: str, tracks: str, hold: float, how: str = "teardown"
    ) -> datetime:
        c = f"{ip}:{port()}"
        s = sid()
        t = M(t, "INF", "opened", f"[RTSP] [conn {c}] opened")
        t = M(t + sec(0.05), "INF", "created by %s", f"[RTSP] [session {s}] created by {c}")
        t = M(
            t + sec(0.05),
            "INF",
            "is reading from path '%s', with %s, %s",
            f"[RTSP] [session {s}] is reading from path '{path}', with TCP, {tracks}",
        )
        if how == "open":
            return t
        t = M(
            t + sec(hold),
            "INF",
            "destroyed: torn down by %s",
            f"[RTSP] [session {s}] destroyed: torn down by {c}",
        )
        return M(t + sec(0.01), "INF", "closed: EOF", f"[RTSP] [conn {c}] closed: EOF")

    def webrtc(t: datetime, ip: str, path: str, tracks: str, hold: float) -> datetime:
        s = sid()
        rp = port()
        t = M(t, "INF", "created by %s", f"[WebRTC] [session {s}] created by {ip}:{rp}")
        t = M(
            t + sec(r.uniform(0.3, 1.2)),
            "INF",
            "peer connection established, local candidate: %s, remote candidate: %s",
            f"[WebRTC] [session {s}] peer connection established, local candidate: host/udp/10.0.20.2/8189, remote candidate: prflx/udp/{ip}/{port()}",
        )
        t = M(
            t + sec(0.05),
            "INF",
            "is reading from path '%s', %s",
            f"[WebRTC] [session {s}] is reading from path '{path}', {tracks}",
        )
        return M(
            t + sec(hold), "INF", "closed: terminated", f"[WebRTC] [session {s}] closed: terminated"
        )

    def boot(t: datetime) -> datetime:
        t = M(t, "INF", "MediaMTX %s", "MediaMTX v1.8.2")
        t = M(t, "INF", "configuration loaded from %s", "configuration loaded from /mediamtx.yml")
        for cam in MX_CAMS:
            t = M(t, "INF", "started", f"[path {cam}] [RTSP source] started")
        for lst in [
            "[RTSP] listener opened on :8554 (TCP), :8000 (UDP/RTP), :8001 (UDP/RTCP)",
            "[RTMP] listener opened on :1935",
            "[HLS] listener opened on :8888",
            "[WebRTC] listener opened on :8889 (HTTP), :8189 (ICE/UDP)",
            "[SRT] listener opened on :8890 (UDP)",
            "[API] listener opened on 127.0.0.1:9997",
            "[metrics] listener opened on :9998",
        ]:
            t = M(t, "INF", "listener opened on %s", lst)
        for cam, (_ip, tracks) in MX_CAMS.items():
            if cam == "cam_doorbell" and t < at(8, 6):
                continue
            t = M(
                t + sec(r.uniform(0.2, 1.5)),
                "INF",
                "ready: %s",
                f"[path {cam}] [RTSP source] ready: {tracks}",
            )
        return t

    restart = at(11, 40, 3)
    down = (restart, restart + sec(6))

    # ---- the timelapse grab, every 75 s
    t = at(6, 0, 30)
    while t < at(12, 0):
        if not down[0] - sec(8) <= t < down[1] + sec(8):
            rtsp_read(
                t, "10.0.20.9", "cam_backyard", MX_CAMS["cam_backyard"][1], r.uniform(0.6, 1.3)
            )
        t += sec(75)

    # ---- the doorbell: packets lost while its Wi-Fi is weak, then gone 07:41-08:06
    gone = (at(7, 41, 12), at(8, 6, 4))
    t = at(7, 10, 3)
    while t < gone[0]:
        M(
            t,
            "WAR",
            "%s RTP packets lost",
            f"[path cam_doorbell] [RTSP source] {r.randint(2, 180)} RTP packets lost",
        )
        t += sec(r.uniform(10, 75))
    t = M(
        gone[0],
        "ERR",
        "read tcp %s->%s: i/o timeout",
        f"[path cam_doorbell] [RTSP source] read tcp 10.0.20.2:{port()}->10.0.30.14:554: i/o timeout",
    )
    t += sec(5)
    while t < gone[1]:
        if t < at(7, 52, 30):
            M(
                t + sec(10),
                "ERR",
                "dial tcp %s: i/o timeout",
                "[path cam_doorbell] [RTSP source] dial tcp 10.0.30.14:554: i/o timeout",
            )
            t += sec(15)
        else:
            M(
                t + sec(3.1),
                "ERR",
                "dial tcp %s: connect: no route to host",
                "[path cam_doorbell] [RTSP source] dial tcp 10.0.30.14:554: connect: no route to host",
            )
            t += sec(8.1)
    M(
        gone[1] + sec(1.5),
        "INF",
        "ready: %s",
        "[path cam_doorbell] [RTSP source] ready: 2 tracks (H265, MPEG-4 Audio)",
    )
    # Frigate's reader of the doorbell: dropped, then refused every 10 s until the source is back
    t = gone[0] + sec(1)
    s = sid()
    fc = f"10.0.20.5:{port()}"
    t = M(t, "INF", "destroyed: terminated", f"[RTSP] [session {s}] destroyed: terminated")
    M(t + sec(0.01), "INF", "closed: EOF", f"[RTSP] [conn {fc}] closed: EOF")
    t += sec(10)
    while t < gone[1] + sec(2):
        c = f"10.0.20.5:{port()}"
        tt = M(t, "INF", "opened", f"[RTSP] [conn {c}] opened")
        M(
            tt + sec(0.02),
            "INF",
            "closed: no one is publishing to path '%s'",
            f"[RTSP] [conn {c}] closed: no one is publishing to path 'cam_doorbell'",
        )
        t += sec(10 + r.uniform(-0.3, 0.3))
    rtsp_read(t, "10.0.20.5", "cam_doorbell", MX_CAMS["cam_doorbell"][1], 0, "open")

    # ---- the doorbell rung: a phone watches over WebRTC
    for t in sorted(poisson(r, at(6, 30), at(11, 55), 1500)):
        if gone[0] <= t < gone[1] + sec(5) or down[0] - sec(5) <= t < down[1] + sec(60):
            continue
        webrtc(
            t,
            r.choice(["192.168.1.52", "192.168.1.57"]),
            "cam_doorbell",
            "1 track (H265)",
            r.uniform(15, 70),
        )

    # ---- Home Assistant's dashboard (HLS) of the driveway and garage
    for t in sorted(poisson(r, at(6, 10), at(11, 55), 1200)):
        if down[0] - sec(5) <= t < down[1] + sec(60):
            continue
        cam = r.choice(["cam_driveway", "cam_garage"])
        tt = M(
            t,
            "INF",
            "created (requested by %s)",
            f"[HLS] [muxer {cam}] created (requested by 192.168.1.{r.choice([23, 30, 52])})",
        )
        tt = M(
            tt + sec(0.4),
            "INF",
            "is converting into HLS, %s",
            f"[HLS] [muxer {cam}] is converting into HLS, {MX_CAMS[cam][1]}",
        )
        M(
            tt + sec(r.uniform(90, 400)),
            "INF",
            "destroyed: not used anymore",
            f"[HLS] [muxer {cam}] destroyed: not used anymore",
        )

    # ---- the church service from OBS over RTMP
    for t in [at(9, 52, 11), at(9, 52, 23), at(9, 52, 45)]:
        c = f"192.168.1.60:{port()}"
        tt = M(t, "INF", "opened", f"[RTMP] [conn {c}] opened")
        M(
            tt + sec(0.1),
            "INF",
            "closed: path '%s' is not configured",
            f"[RTMP] [conn {c}] closed: path 'live/church' is not configured",
        )
    M(
        at(9, 58, 40),
        "INF",
        "reloading configuration (file changed)",
        "reloading configuration (file changed)",
    )
    obs = f"192.168.1.60:{port()}"
    t = M(at(10, 0, 2), "INF", "opened", f"[RTMP] [conn {obs}] opened")
    M(
        t + sec(0.4),
        "INF",
        "is publishing to path '%s', %s",
        f"[RTMP] [conn {obs}] is publishing to path 'live/church', 2 tracks (H264, MPEG-4 Audio)",
    )
    end = at(11, 15, 30)
    M(end, "INF", "closed: EOF", f"[RTMP] [conn {obs}] closed: EOF")
    tt = M(
        at(10, 1, 40),
        "INF",
        "created (requested by %s)",
        "[HLS] [muxer live/church] created (requested by 192.168.1.71)",
    )
    M(
        tt + sec(0.3),
        "INF",
        "is converting into HLS, %s",
        "[HLS] [muxer live/church] is converting into HLS, 2 tracks (H264, MPEG-4 Audio)",
    )
    M(
        end + sec(0.5),
        "INF",
        "destroyed: terminated",
        "[HLS] [muxer live/church] destroyed: terminated",
    )
    for t in sorted(poisson(r, at(10, 0, 30), at(11, 10), 330)):
        webrtc(
            t,
            f"192.168.1.{r.randint(70, 99)}",
            "live/church",
            "2 tracks (H264, Opus)",
            min(r.uniform(120, 2400), (end - t).total_seconds() - 1),
        )

    # ---- the update at 11:40
    t = M(down[0], "INF", "shutting down gracefully", "shutting down gracefully")
    for cam in MX_CAMS:
        t = M(
            t,
            "INF",
            "stopped: path is closing",
            f"[path {cam}] [RTSP source] stopped: path is closing",
        )
    for lst in ["[metrics]", "[API]", "[SRT]", "[WebRTC]", "[HLS]", "[RTMP]", "[RTSP]"]:
        t = M(t, "INF", "listener is closing", f"{lst} listener is closing")
    boot(down[1])
    t = down[1] + sec(20)
    for cam in ["cam_driveway", "cam_backyard", "cam_garage", "cam_doorbell"]:
        t = rtsp_read(t + sec(r.uniform(1, 3)), "10.0.20.5", cam, MX_CAMS[cam][1], 0, "open")
    return fs.logs(at(6, 0))


SYSTEMS = {
    "radarr": radarr,
    "sabnzbd": sabnzbd,
    "deluge": deluge,
    "emby": emby,
    "mediamtx": mediamtx,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
