// Optional: an Azure Files share for the knowledge base, so that content owners' changes reach the bot without
// a new image. The web app mounts it (app.bicep) with the storage account's key, which App Service requires for
// Azure Files mounts; the key goes from Azure to Azure at deployment and is in no file.

@description('Name of the storage account (3-24 lower-case letters and digits, unique in Azure).')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

@description('Name of the file share.')
param shareName string = 'knowledge-base'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // App Service mounts Azure Files with the account key.
    allowSharedKeyAccess: true
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    // A deleted share can be restored for 14 days.
    shareDeleteRetentionPolicy: {
      enabled: true
      days: 14
    }
  }
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: shareName
  properties: {
    shareQuota: 1
    enabledProtocols: 'SMB'
  }
}

output storageAccountName string = storage.name
output shareName string = share.name
