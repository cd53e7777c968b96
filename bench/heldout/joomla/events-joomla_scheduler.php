#
#<?php die('Forbidden.'); ?>
#Date: 2024-06-07 06:04:00 UTC
#Software: Joomla! 4.4.4 Stable [ Pamoja ] 16-April-2024 16:00 GMT

#Fields: datetime	priority clientip	category	message
2024-06-07T06:04:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T06:04:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.51 (net 2.44) seconds.
2024-06-07T06:14:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T06:14:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.40 (net 1.34) seconds.
2024-06-07T06:15:00+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T06:15:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.07 (net 0.07) seconds.
2024-06-07T06:24:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T06:24:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.46 (net 1.36) seconds.
2024-06-07T06:34:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T06:34:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.89 (net 1.85) seconds.
2024-06-07T06:44:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T06:44:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.29 (net 1.28) seconds.
2024-06-07T06:54:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T06:54:05+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 3.17 (net 3.03) seconds.
2024-06-07T07:04:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T07:04:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.31 (net 2.24) seconds.
2024-06-07T07:14:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T07:14:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.26 (net 2.06) seconds.
2024-06-07T07:15:01+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T07:15:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.07 (net 0.07) seconds.
2024-06-07T07:24:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T07:24:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.33 (net 1.28) seconds.
2024-06-07T07:34:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T07:34:04+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.62 (net 2.37) seconds.
2024-06-07T07:44:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T07:44:04+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 3.35 (net 3.08) seconds.
2024-06-07T07:54:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T07:54:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.32 (net 1.29) seconds.
2024-06-07T08:04:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T08:04:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.94 (net 1.84) seconds.
2024-06-07T08:14:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T08:14:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.47 (net 2.33) seconds.
2024-06-07T08:15:01+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T08:15:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.05 (net 0.05) seconds.
2024-06-07T08:24:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T08:24:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.18 (net 1.11) seconds.
2024-06-07T08:44:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T08:44:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.22 (net 1.15) seconds.
2024-06-07T08:54:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T08:54:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.92 (net 2.75) seconds.
2024-06-07T09:04:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T09:04:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 3.14 (net 3.05) seconds.
2024-06-07T09:14:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T09:14:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.38 (net 1.27) seconds.
2024-06-07T09:15:02+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T09:15:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.06 (net 0.06) seconds.
2024-06-07T09:24:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T09:24:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.53 (net 1.38) seconds.
2024-06-07T09:34:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T09:34:05+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 3.42 (net 3.37) seconds.
2024-06-07T09:44:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T09:44:04+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 3.37 (net 3.26) seconds.
2024-06-07T09:54:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T09:54:04+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.87 (net 2.63) seconds.
2024-06-07T10:04:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T10:04:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.16 (net 2.14) seconds.
2024-06-07T10:14:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T10:14:04+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 3.09 (net 3.03) seconds.
2024-06-07T10:15:01+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T10:15:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.09 (net 0.08) seconds.
2024-06-07T10:24:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T10:24:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.11 (net 1.05) seconds.
2024-06-07T10:34:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T10:34:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.13 (net 2.09) seconds.
2024-06-07T10:44:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T10:44:04+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.22 (net 2.12) seconds.
2024-06-07T10:54:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T10:54:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.24 (net 1.18) seconds.
2024-06-07T11:04:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T11:04:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.40 (net 1.33) seconds.
2024-06-07T11:14:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T11:14:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 2.61 (net 2.58) seconds.
2024-06-07T11:15:01+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T11:15:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.06 (net 0.06) seconds.
2024-06-07T11:24:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T11:24:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.90 (net 1.77) seconds.
2024-06-07T11:34:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T11:34:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.70 (net 1.53) seconds.
2024-06-07T11:44:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T11:44:04+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 3.40 (net 3.19) seconds.
2024-06-07T11:54:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Registrations export'.
2024-06-07T11:54:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Registrations export' in 1.22 (net 1.17) seconds.
