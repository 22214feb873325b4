"""Reads and writes POSIX ACLs through their extended attributes, for the tests (no getfacl needed).

  posix_acl.py get PATH                  prints the access ACL, such as u::rw-,u:65534:rw-,g::r--,m::rw-,o::---, or none
  posix_acl.py set PATH ACL              sets the access ACL
  posix_acl.py set-default FOLDER ACL    sets a folder's default ACL
"""
import os
import struct
import sys

TAGS = {'u': (0x01, 0x02), 'g': (0x04, 0x08), 'm': (0x10, None), 'o': (0x20, None)}
NAMES = {0x01: 'u', 0x02: 'u', 0x04: 'g', 0x08: 'g', 0x10: 'm', 0x20: 'o'}
UNDEFINED = 0xFFFFFFFF


def encode(text):
    entries = []
    for entry in text.split(','):
        kind, qualifier, perms = entry.split(':')
        tag = TAGS[kind][1 if qualifier else 0]
        perm = sum(bit for letter, bit in zip(perms, (4, 2, 1)) if letter != '-')
        entries.append((tag, int(qualifier) if qualifier else UNDEFINED, perm))
    entries.sort()
    return struct.pack('<I', 2) + b''.join(struct.pack('<HHI', tag, perm, qualifier)
                                           for tag, qualifier, perm in entries)


def decode(value):
    out = []
    for offset in range(4, len(value), 8):
        tag, perm, qualifier = struct.unpack('<HHI', value[offset:offset + 8])
        perms = ''.join(letter if perm & bit else '-' for letter, bit in zip('rwx', (4, 2, 1)))
        out.append('%s:%s:%s' % (NAMES[tag], '' if qualifier == UNDEFINED else qualifier, perms))
    return ','.join(out)


def main(command, path, acl=None):
    if command == 'get':
        try:
            print(decode(os.getxattr(path, 'system.posix_acl_access', follow_symlinks=False)))
        except OSError:
            print('none')
    elif command == 'set':
        os.setxattr(path, 'system.posix_acl_access', encode(acl), follow_symlinks=False)
    elif command == 'set-default':
        os.setxattr(path, 'system.posix_acl_default', encode(acl))
    else:
        raise SystemExit('unknown command ' + command)


if __name__ == '__main__':
    main(*sys.argv[1:])
